"""page-4607: 宝安日报 (e-paper, 第B06版:民生; text on the 360elib 电子报阅读机), 2026-01-05 (year inferred),
one article: “两线三角”重塑社区宜居品质 (深圳市光明区马田街道马山头社区; photo credited to 光明新闻,
the paper's 光明区 edition). Text as returned by the `pages` store, from its title; the cut last paragraph dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4607", "corpus/raw/pages/4607_baoan_guangming_mashantou.txt",
         publisher="宝安日报", date="2026-01-05", script="simplified", origin="pages")

# ---- line 1: headline. The formula's first mention carries the expansion: its two lines
#      (振兴路, 马山头路: 以…为轴) and its three corners (“文化、活力、便民”三大功能角), line 9.
p.slogan("PARALLEL", "两线三角", line=1,
         expansion=["振兴路", "马山头路", "文化", "活力", "便民"])

# ---- line 7: photo caption with its credit
p.ent("ADMIN", "马山头社区", line=7)
p.byline("PHOTO", "光明新闻记者 李立治 摄", line=7)
p.ent("ORG", "光明新闻", line=7)          # the paper's 光明区 edition: a medium (ORG), 光明 inside it flat
p.ent("PERSON", "李立治", line=7)

# ---- line 9
p.ent("ADMIN", "马田街道", line=9)
p.ent("ADMIN", "马山头社区", line=9, before="旧村")
p.ent("ORG", "马山头社区党委", line=9)      # one named community's Party committee (decision 5)
p.slogan("PARALLEL", "两线三角", line=9)
#   振兴路: a road, no unit inside
p.ent("ADMIN", "马山头", line=9, after="振兴路、")   # 马山头路: the community's name inside a road's (decision 2)
#   “文化、活力、便民”三大功能角: three corners (places) counted, no formula of its own (decision 10, 五大片区);
#   they are the 三角 items of 两线三角 above

# ---- line 11
p.ent("ADMIN", "马山头社区", line=11)
#   清泉麦公祠: an ancestral hall (site), 麦公 an honorific, no span
p.ent("PERSON", "文应麟", line=11)           # 文应麟古墓: a real person inside a site's name

# ---- line 13
#   泊寓: an apartment complex (place), no span
p.ent("ADMIN", "马田", line=13)              # 马田路: the sub-district's name inside a road's (decision 2)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 5, "PAGE")            # 日期:01-05 / 字号: / 版面:… 上一篇 下一篇 (e-paper furniture)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 15, "BODY", article=1)

p.save()
