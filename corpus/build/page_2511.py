"""page-2511: 大连市西岗区人民政府 (dlxg.gov.cn, 政府会议 column), 2022-08-18, one article:
西岗区政府召开第十九届第二次全体(扩大)会议. Text as returned by the `pages` store; the
stored text opens with the meta line (the page title is not in it); the last footer line
(地址:… 联系电话:0411-836) was cut off mid-number and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2511", "corpus/raw/pages/2511_dlxg_quanti_huiyi.txt",
         publisher="大连市西岗区人民政府", date="2022-08-18", script="simplified", origin="pages")

# ---- line 1: web meta line, source credit (decision 12); timestamp and counter outside
p.byline("BYLINE", "来源:区政府办", line=1)
p.ent("ORG", "区政府办", line=1)

# ---- line 2
p.ent("ORG", "西岗区政府", line=2)
p.ent("ORG", "党中央", line=2)
p.ent("ORG", "国务院", line=2)
p.ent("ORG", "省委", line=2)
p.ent("ORG", "省政府", line=2)
p.ent("ORG", "市委", line=2)
p.ent("ORG", "市政府", line=2)
p.ent("ORG", "区委", line=2, nth=1)          # 和区委部署
p.ent("ORG", "区委", line=2, nth=1)          # 区委副书记 (next free)
p.ent("PERSON", "杨海三", line=2)            # 区长 is a title
p.ent("ORG", "区委", line=2, nth=1)          # 区委常委 -> ORG 区委
p.ent("PERSON", "王喜宾", line=2)            # 副区长 is a title
p.ent("ORG", "区政府", line=2, every=True)   # 区政府领导班子成员, 区政府各办局
#   直属单位, 市属驻区分局, 区属国有企业, 各街道党政: generic, no span

# ---- line 3
p.ent("ORG", "市政府", line=3)               # 市政府十七届二次全体(扩大)会议: organ inside a meeting name
p.ent("ORG", "区发改局", line=3)
p.ent("ORG", "区科工局", line=3)
p.ent("ADMIN", "香炉礁街道", line=3)         # sub-districts named by their unit names
p.ent("ADMIN", "八一路街道", line=3)

# ---- line 5
p.ent("ORG", "党中央", line=5)
p.ent("ORG", "市政府", line=5)
p.ent("ORG", "区委", line=5)                 # 区委十五届五次全会: organ inside the plenum's name

# ---- line 6: closing credit
p.byline("CREDIT", "(区政府办供稿)", line=6)
p.ent("ORG", "区政府办", line=6)

# ---- lines 7-8: site footer (PAGE); units keep their spans
p.ent("ORG", "大连市西岗区人民政府门户网站", line=7)   # an organ's own web site is ORG
p.ent("ORG", "大连市西岗区人民政府", line=7)         # 网站主办单位:…
p.ent("ORG", "西岗区信息中心", line=8)
#   辽ICP备…: one-character abbreviation, no span

# ---- blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 6, "BODY", article=1)
p.block(7, 8, "PAGE")

p.save()
