"""page-2101: 饶河县人民政府 (raohe.gov.cn, 黑龙江省双鸭山市饶河县), one article from the county
site's news list: 我县组织收看市委农村工作会议暨全市农村人居环境整治推进会议 (2024-03, date not
printed). Text as returned by the `pages` store, from its open-government record fields; its
last paragraph (邵国强强调……“压舱石”根) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2101", "corpus/raw/pages/2101_raohe_sannong_huiyi.txt",
         publisher="饶河县人民政府", date=None, script="simplified", origin="pages")

# ---- lines 1-8: open-government record fields (PAGE); 名称 holds the title
p.ent("ORG", "市委", line=5)                       # 市委农村工作会议: organ inside a meeting name
#   我县, 全市: level words, no span

# ---- line 9: headline
p.ent("ORG", "市委", line=9)

# ---- line 10
p.ent("ORG", "市委", line=10, nth=1)               # 市委农村工作会议
p.ent("PERSON", "习近平", line=10, nth=1)           # 习近平总书记
p.slogan("GROUP", "三农", line=10, every=True)     # 4x “三农”, items not spelled out
p.ent("ORG", "中央", line=10, after="认真落实")      # 中央、省委农村工作会议: the two issuing organs
p.ent("ORG", "省委", line=10, after="认真落实")
p.ent("ORG", "省政协", line=10)                     # 省政协副主席: title, organ kept
p.ent("ORG", "市委", line=10, after="省政协副主席")   # 市委书记
p.ent("PERSON", "邵国强", line=10)
p.ent("PERSON", "习近平", line=10, after="以")       # 以习近平同志为核心
p.ent("ORG", "党中央", line=10)

# ---- line 11
p.ent("ORG", "市委", line=11)                       # 市委副书记、市长宫镇江
p.ent("PERSON", "宫镇江", line=11)
for name in ["杨勇", "姜宇峰", "邓小冬", "张传林", "张宏星"]:
    p.ent("PERSON", name, line=11)

# ---- line 12
p.ent("PERSON", "邵国强", line=12)
p.ent("PERSON", "习近平", line=12)
p.slogan("GROUP", "三农", line=12, every=True)     # 2x
p.ent("ORG", "党中央", line=12)
p.ent("ORG", "省委", line=12)

# ---- blocks
p.block(1, 8, "PAGE")          # 索引号/分类/发布机构(empty)/发文日期/名称/文号/主题词/时效
p.block(9, 9, "HEADLINE", article=1)
p.block(10, 12, "BODY", article=1)

p.save()
