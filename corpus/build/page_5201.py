"""page-5201: 林口县人民政府 (linkou.gov.cn, county portal of 林口县, 牡丹江市, 黑龙江), 2018-06-15,
one article: 林口镇开展“接地气 连民心 粽香颂党情”活动 (来源: 林口镇). Text as returned by the
`pages` store, from its title; the trailing "1" is the portal's pagination."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5201", "corpus/raw/pages/5201_linkou_linkouzhen_zongxiang.txt",
         publisher="林口县人民政府", date="2018-06-15", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "林口镇", line=1)
#   “接地气 连民心 粽香颂党情”: an activity's motto, no numeral, no slogan

# ---- line 2: meta line (时间 … 来源 … 点击数)
p.byline("BYLINE", "来源: 林口镇", line=2)       # labelled source credit; time and counter outside
p.ent("ADMIN", "林口镇", line=2)                 # a unit credited in a source field is the place

# ---- line 4
p.ent("ADMIN", "林口镇", line=4)
#   七一: a holiday; 六社区: a count of communities (prose), no span

# ---- line 5
p.ent("ADMIN", "林口镇", line=5)
p.ent("ADMIN", "和平社区", line=5)               # community (village level)
#   和平小区 (twice): a residential compound, no span (decision 2)
p.slogan("GROUP", "两新", line=5)                 # “两新”组织: kind noun 组织 outside; items not listed
#   《母亲是中华》《敬爱的毛主席》…: song titles; 毛主席 = surname + title, no PERSON; 中华 no unit

# ---- line 6: no names

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 6, "BODY", article=1)
p.block(8, 8, "PAGE")          # "1": the portal's page number

p.save()
