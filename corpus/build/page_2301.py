"""page-2301: 沈阳市于洪区人民政府 (syyh.gov.cn, 政务公开 > 政府会议), 2022-12-05, one article:
区政府召开第十四届26次常务会议(含图解). Text as returned by the `pages` store, from its breadcrumb/title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2301", "corpus/raw/pages/2301_yuhong_changwu_huiyi.txt",
         publisher="沈阳市于洪区人民政府", date="2022-12-05", script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE), no spans
# ---- line 2: headline
p.ent("ORG", "区政府", line=2)                       # level word + organ, like 县政府
# ---- line 3: 2022年12月05日来源:1 -- the source value "1" names no one: no BYLINE span (PAGE)
# ---- line 4: [字体: ] 打印 (PAGE)

# ---- line 6
#   区长: a title with a bare level word, no span
p.ent("PERSON", "高政威", line=6)
p.ent("PERSON", "习近平", line=6)
p.ent("ADMIN", "河南", line=6)                       # 河南安阳 -> 河南 | 安阳
p.ent("ADMIN", "安阳", line=6)
#   “11.21”: a date code of the fire, no formula
p.ent("PERSON", "李克强", line=6)
p.ent("ADMIN", "沈阳市", line=6)                     # 《沈阳市于洪区街道权责清单事项目录》 (decision 2)
p.ent("ADMIN", "于洪区", line=6, nth=1)
p.ent("ADMIN", "于洪区", line=6, nth=1)              # 《于洪区第三次全国土壤普查实施方案(讨论稿)》 (next free)

# ---- line 8
p.ent("ORG", "党中央", line=8)
p.ent("ORG", "国务院", line=8)
p.slogan("PARALLEL", "三管三必须", line=8)            # items not spelled out: no expansion

# ---- line 10
p.ent("ADMIN", "沈阳市", line=10)
p.ent("ADMIN", "于洪区", line=10)
p.ent("ORG", "省委", line=10)
p.ent("ORG", "市委", line=10)
#   区直部门, 街道: generic, no span

# ---- line 12
p.ent("ADMIN", "于洪区", line=12)                    # 我区: no span

# ---- blocks
p.block(1, 1, "PAGE")            # breadcrumb
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 4, "PAGE")            # date + empty-valued source (来源:1); [字体: ] 打印
p.block(6, 14, "BODY", article=1)

p.save()
