"""page-3704: 泗水县人民政府 (sishui.gov.cn, 山东省济宁市), published 2025-09-28 (date in the
page's address), one article: 县政府全体(扩大)会议召开. Text as returned by the `pages` store,
from its title down to its source line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3704", "corpus/raw/pages/3704_sishui_xianzhengfu_quanti.txt",
         publisher="泗水县人民政府", date="2025-09-28", script="simplified", origin="pages")

# ---- line 1: headline (an organ inside a meeting's name is ORG)
p.ent("ORG", "县政府", line=1)

# ---- line 2
p.ent("ORG", "县政府", line=2)                       # 县政府全体(扩大)会议
p.ent("PERSON", "习近平", line=2)
p.ent("ADMIN", "山东", line=2)                       # 视察山东
p.ent("ORG", "国务院", line=2)                       # 国务院第九次全体会议
p.ent("ORG", "省政府", line=2)                       # 省政府第六次全体会议
p.ent("ORG", "市政府", line=2)                       # 市政府第六次全体(扩大)会议
p.ent("ORG", "县委", line=2)                         # 县委副书记
p.ent("PERSON", "王洪强", line=2)                    # 县长王洪强: title outside

# ---- line 3
p.slogan("PLAN", "十四五", line=3)

# ---- line 4: “千军奋楫争一流”, “万无一失一失万无”: set phrases, no formula;
#      一排底线: no count of named parts (the text names no items), no formula
# ---- line 5: 中央八项规定 -> 中央 modifies the rules (no ORG); 八项规定 is COUNT (26NN)
p.slogan("COUNT", "八项规定", line=5)
p.ent("ADMIN", "泗水", line=5)                       # 现代化泗水建设

# ---- line 6
for name in ["郭庆国", "张全庆", "张磊", "王旭"]:
    p.ent("PERSON", name, line=6)

# ---- line 7: the page's source line under the article
p.byline("BYLINE", "来源:县融媒体中心")
p.ent("ORG", "县融媒体中心", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 6, "BODY", article=1)
p.block(7, 7, "BYLINE", article=1)   # decision 12: a web meta line naming the article's source

p.save()
