"""page-3708: 黔东南信息港 (qdn.cn, mobile site 3g.qdn.cn, 社会 channel, 2010-06), one article:
镇远县进一步加大“两节”项目督查工作力度. Text as returned by the `pages` store, from its title; the site
navigation line above the title is dropped, and so is a cut-off repeat of the empty-list notice at the end."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3708", "corpus/raw/pages/3708_zhenyuan_liangjie_ducha.txt",
         publisher="黔东南信息港", date=None, script="simplified", origin="pages")

# ---- line 1: headline.  “两节” (the two festivals) is a count of events like 两会: no formula
p.ent("ADMIN", "镇远县", line=1)

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "本港讯  (记者 许世芳)")         # the portal's own tag, like 本报讯/本网讯 (本港 is no ORG)
p.ent("PERSON", "许世芳", line=3)
p.ent("ORG", "镇远县委", line=3)
p.ent("ORG", "县政府", line=3)
#   festival names (decision 2): units inside them are ADMIN
p.ent("ADMIN", "中国", line=3, nth=1)              # 第四届中国•贵州•凯里原生态民族文化艺术节
p.ent("ADMIN", "贵州", line=3)
p.ent("ADMIN", "凯里", line=3)
p.ent("ADMIN", "中国", line=3, after="艺术节暨")    # 中国历史文化名城 (a title, like 中国传统村落)
p.ent("ADMIN", "镇远", line=3, after="名城")        # 镇远古城文化旅游艺术节 (like 大阳古镇 -> 大阳)

# ---- line 5
p.ent("ORG", "镇远县委", line=5)                    # 镇远县委书记: organ + title
p.ent("PERSON", "蒋映生", line=5)
#   施青二级公路: a road, no span

# ---- line 7
p.ent("ORG", "县委", line=7, nth=1)                 # 县委针对…出台了
p.ent("ORG", "县委", line=7, after="成立了以")       # 县委副书记
p.ent("PERSON", "沈军", line=7)
p.ent("ORG", "县纪委", line=7)
p.ent("PERSON", "戴黔山", line=7)
p.ent("ORG", "县政协", line=7)
p.ent("ORG", "县委统战部", line=7)
p.ent("PERSON", "魏晨陵", line=7)
#   三个督查组 / 督查组: a count of teams, no name

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)
p.block(9, 9, "PAGE")          # 尚无数据: empty related-items widget

p.save()
