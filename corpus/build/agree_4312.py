"""agree-page-4312: 漯河日报 (city daily of 漯河市, Henan), one article: 市委政法工作会议召开
(meeting of 3月12日, 2026 by the text; publication date not printed)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4312", "corpus/raw/pages/4312_luohe_zhengfa_huiyi.txt",
         publisher="漯河日报", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "市委", line=1)                      # organ inside a meeting name (市委常委会会议 -> 市委常委会)

# ---- line 3
p.ent("ORG", "市委", line=3, nth=1)               # 市委政法工作会议召开
#   党的二十大: 党 bare, one character -> no span; 二十大 no formula
p.ent("ORG", "中央", line=3)                      # 中央和省委政法工作会议: the organ holding the conference
p.ent("ORG", "省委", line=3)
p.ent("ORG", "市委", line=3, after="省委政法工作会议")   # 市委八届九次全会
p.ent("ORG", "市委", line=3, after="全会要求")           # 市委书记
p.ent("PERSON", "秦保强", line=3)
p.ent("ORG", "市委", line=3, after="作出批示")           # 市委副书记
p.ent("ORG", "政法委", line=3)                    # 政法委书记: contracted title keeps the organ (decision 15)
p.ent("PERSON", "常英敏", line=3)
p.ent("PERSON", "时中华", line=3)
p.ent("PERSON", "王晓东", line=3)
p.ent("PERSON", "杜永召", line=3)

# ---- line 4
p.ent("PERSON", "秦保强", line=4)
p.ent("ADMIN", "漯河", line=4, every=True)        # 平安漯河、法治漯河 (decision 2)
p.slogan("GROUP", "五大建设", line=4,
         expansion=["政治建设", "平安建设", "法治建设", "基础建设", "队伍建设"])  # spelled out on line 5
p.slogan("PLAN", "十五五", line=4)

# ---- line 5
p.slogan("PLAN", "十五五", line=5)
p.ent("PERSON", "习近平", line=5, every=True)     # 习近平新时代…思想, 习近平法治思想
p.slogan("COUNT", "两个确立", line=5)
p.slogan("COUNT", "两个维护", line=5)
p.ent("ORG", "省委", line=5)
p.slogan("PLUS", "1+2+4+N", line=5)
p.ent("ORG", "市委", line=5)
p.slogan("PARALLEL", "12345", line=5)             # quoted code of digits naming a strategy (“1310”, “153”)
p.slogan("COUNT", "五个过硬", line=5)

# ---- line 7: closing credit on its own line
p.byline("CREDIT", "漯河日报全媒体记者 尹晓玉", line=7)
p.ent("ORG", "漯河日报", line=7)
p.ent("PERSON", "尹晓玉", line=7)

# ---- lines 8-10: editor lines (PAGE), names still PERSON
p.ent("PERSON", "王聪聪", line=8)
p.ent("PERSON", "周鹤琦", line=9)
p.ent("PERSON", "谭艺君", line=10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)
p.block(8, 10, "PAGE")

p.save()
