"""page-4312: 漯河日报 (lhrb.com.cn, its own site), 2026-03-12, one article: 市委政法工作会议召开
(the 漯河 city Party committee's political-legal work conference). Text as returned by the
`pages` store, from its title; its last line, a lone 豫 cut off mid-word (site furniture), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4312", "corpus/raw/pages/4312_luohe_zhengfa_huiyi.txt",
         publisher="漯河日报", date="2026-03-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市委", line=1)                       # organ inside the conference's name

# ---- line 3
p.ent("ORG", "市委", line=3, nth=1)                # 市委政法工作会议
p.ent("ORG", "中央", line=3)                       # 中央和省委政法工作会议: the convening organs, parallel
p.ent("ORG", "省委", line=3)
p.ent("ORG", "市委", line=3, after="会议、")        # 市委八届九次全会: the session is the event
p.ent("ORG", "市委", line=3, after="研究部署")       # 市委书记
p.ent("PERSON", "秦保强", line=3)
p.ent("ORG", "市委", line=3, after="作出批示")       # 市委副书记
p.ent("ORG", "政法委", line=3)                     # 政法委书记: contracted title keeps the organ (decision 15)
p.ent("PERSON", "常英敏", line=3)
p.ent("PERSON", "时中华", line=3)
p.ent("PERSON", "王晓东", line=3)
p.ent("PERSON", "杜永召", line=3)

# ---- line 4
p.ent("PERSON", "秦保强", line=4)
p.ent("ADMIN", "漯河", line=4, nth=1)              # 平安漯河: unit inside a campaign name (decision 2)
p.ent("ADMIN", "漯河", line=4, nth=1)              # 法治漯河
p.slogan("GROUP", "五大建设", line=4,
         expansion=["政治建设", "平安建设", "法治建设", "基础建设", "队伍建设"])
p.slogan("PLAN", "十五五", line=4)

# ---- line 5
p.slogan("PLAN", "十五五", line=5)
p.ent("PERSON", "习近平", line=5, nth=1)           # 习近平新时代中国特色社会主义思想
p.ent("PERSON", "习近平", line=5, nth=1)           # 习近平法治思想
p.slogan("COUNT", "两个确立", line=5)
p.slogan("COUNT", "两个维护", line=5)
p.ent("ORG", "省委", line=5)
p.slogan("PLUS", "1+2+4+N", line=5)
p.ent("ORG", "市委", line=5)
p.slogan("PARALLEL", "12345", line=5)              # 市委“12345”战略取向: a quoted code of parts, like “1310”
p.slogan("COUNT", "五个过硬", line=5)
#   “政法工作质效提升年”: no numeral; 二十大 / 二十届历次全会: no formula

# ---- line 7: closing reporter credit under the last paragraph
p.byline("CREDIT", "漯河日报全媒体记者 尹晓玉", line=7)
p.ent("ORG", "漯河日报", line=7)
p.ent("PERSON", "尹晓玉", line=7)

# ---- lines 8-10: editor lines (PAGE, no byline span; names are PERSON)
p.ent("PERSON", "王聪聪", line=8)
p.ent("PERSON", "周鹤琦", line=9)
p.ent("PERSON", "谭艺君", line=10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)
p.block(8, 10, "PAGE")

p.save()
