"""page-3810: 阳湖网 (武进区融媒体中心, app.wjyanghu.com; 来源 武进新闻), 2023-12-12, one article:
洛阳镇:做好治水文章 绘就民生幸福图景 (洛阳镇, 武进区, 常州, 江苏). Text as returned by the `pages`
store, from its title; the last stored paragraph, cut off after its first character (洛), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3810", "corpus/raw/pages/3810_wujin_luoyang_zhishui.txt",
         publisher="阳湖网", date="2023-12-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "洛阳镇", line=1)

# ---- line 3: web meta line (decision 12): one BYLINE per labelled credit, timestamp outside
p.byline("BYLINE", "来源:武进新闻", line=3)
p.byline("BYLINE", "作者:阳湖网", line=3)
p.ent("ADMIN", "武进", line=3)          # 武进新闻: the district's TV news programme (no ORG), unit inside
p.ent("ORG", "阳湖网", line=3)          # the district media centre's site

# ---- line 4
p.ent("ADMIN", "洛阳镇", line=4, every=True)   # three mentions
p.ent("ADMIN", "武进", line=4)

# ---- line 5: reporter's stand-up, speaker tag (BODY)
p.ent("PERSON", "史莲寅", line=5)
p.ent("ADMIN", "虞桥", line=5)          # 虞桥的直街村塘: the village by its short name

# ---- line 6
p.ent("ORG", "洛阳镇虞桥村委", line=6)   # village committee with its prefix, one ORG (add before the bare units)
p.ent("ADMIN", "洛阳镇", line=6)
p.ent("ADMIN", "虞桥村", line=6)         # 洛阳镇虞桥村的直街村塘
p.ent("ADMIN", "武进", line=6)           # 武进港 (a waterway named after the unit, decision 2)
p.ent("ADMIN", "虞桥村", line=6)         # 虞桥村新建健身步道
#   杨孝子: surname + epithet (filial son), no PERSON
p.ent("PERSON", "陈金标", line=6)        # 烈士陈金标

# ---- line 7: villager's quote, speaker tag (BODY)
p.ent("ADMIN", "洛阳镇", line=7)
p.ent("ADMIN", "虞桥村", line=7)

# ---- line 8
p.ent("ADMIN", "岑村村", line=8, every=True)   # the village's full name, twice
p.ent("ADMIN", "岑村", line=8)           # 在岑村陆家头浜: short name
p.ent("ADMIN", "洛阳镇", line=8)
#   陆家头浜, 阳湖大圩 (a polder), 村民小组: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 8, "BODY", article=1)

p.save()
