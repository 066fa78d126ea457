"""page-2102: 七台河日报 (as republished on the 七台河 news site, section 七市新闻), 2021-09-28,
one article: 市领导深入勃利县检查森林草原防火等重点工作 (作者 解洪旺). Text as returned by the
`pages` store, from its navigation line; the stored text ends with a complete sentence."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2102", "corpus/raw/pages/2102_qitaihe_boli_fanghuo.txt",
         publisher="七台河日报", date="2021-09-28", script="simplified", origin="pages")

# ---- line 1: 当前位置:七市新闻 (site navigation, PAGE); 七市 is a nickname, no span

# ---- line 3: headline
p.ent("ADMIN", "勃利县", line=3)                    # 市领导: no span

# ---- line 5: web meta line, one BYLINE span per labelled credit (decision 12)
p.byline("BYLINE", "来源:七台河日报", line=5)
p.byline("BYLINE", "作者:解洪旺", line=5)
p.ent("ORG", "七台河日报", line=5)
p.ent("PERSON", "解洪旺", line=5)

# ---- line 7
p.ent("PERSON", "陈志", line=7)                     # 副市长陈志
p.ent("ADMIN", "勃利县", line=7, nth=1)              # 深入勃利县检查
p.ent("ORG", "市农业农村局", line=7)
p.ent("ORG", "市林草局", line=7)
p.ent("ORG", "勃利县政府", line=7)

# ---- line 9
p.ent("ORG", "勃利县第二林场", line=9)               # a named forest farm is ORG (batch 7/8 decision)
p.ent("PERSON", "陈志", line=9)
p.ent("PERSON", "习近平", line=9)
#   “打早打小打了”: no numeral, no formula

# ---- line 11
p.ent("ADMIN", "青山乡", line=11)
p.ent("ADMIN", "建设村", line=11)
p.ent("ADMIN", "永恒乡", line=11)
p.ent("ADMIN", "河口村", line=11)
p.ent("ADMIN", "恒山村", line=11)
p.ent("PERSON", "陈志", line=11)
#   市、县区: level words; 质量和效益双提升: ordinary 双 (decision 10), no formula

# ---- blocks
p.block(1, 1, "PAGE")                # 当前位置:七市新闻
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)   # 日期/来源/作者 meta line of this article
p.block(7, 11, "BODY", article=1)

p.save()
