"""agree-page-3704: 泗水县人民政府 (Shandong), one article: 县政府全体(扩大)会议召开.
Second, independent annotation pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3704", "corpus/raw/pages/3704_sishui_xianzhengfu_quanti.txt",
         publisher="泗水县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline (the meeting of 县政府 -> ORG 县政府)
p.ent("ORG", "县政府", line=1)

# ---- line 2
p.ent("ORG", "县政府", line=2)
p.ent("PERSON", "习近平", line=2)
p.ent("ADMIN", "山东", line=2)                     # 视察山东
p.ent("ORG", "国务院", line=2)                     # 国务院第九次全体会议 -> organ
p.ent("ORG", "省政府", line=2)
p.ent("ORG", "市政府", line=2)
p.ent("ORG", "县委", line=2)                       # 县委副书记
p.ent("PERSON", "王洪强", line=2)                  # 县长王洪强

# ---- line 3
p.slogan("PLAN", "十四五", line=3)

# ---- line 4: 千军奋楫争一流, 万无一失一失万无, 一排底线: mottos / prose, no formula

# ---- line 5
# 中央八项规定: 中央 is a modifier (no ORG); 八项规定 is N项 + content (COUNT)
p.slogan("COUNT", "八项规定", line=5)
p.ent("ADMIN", "泗水", line=5)                     # 新时代现代化泗水

# ---- line 6: participants
for name in ["郭庆国", "张全庆", "张磊", "王旭"]:
    p.ent("PERSON", name, line=6)

# ---- line 7: source meta line
p.byline("BYLINE", "来源:县融媒体中心", line=7)
p.ent("ORG", "县融媒体中心", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 6, "BODY", article=1)
p.block(7, 7, "BYLINE", article=1)

p.save()
