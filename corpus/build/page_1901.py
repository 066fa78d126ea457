"""page-1901: 遂昌新闻网 (scnews.zjol.com.cn, 浙江 丽水 遂昌县), 2015-11-09, one article:
省第29督查组来遂督查“五水共治”“三改一拆”工作. Text as returned by the `pages` store, from its
breadcrumb and title; its last paragraph (cut off after "省督查组听取我") is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1901", "corpus/raw/pages/1901_suichang_duchazu_wushui.txt",
         publisher="遂昌新闻网", date="2015-11-09", script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE)
p.ent("ORG", "遂昌新闻网", line=1)                 # the site, a medium
p.ent("ORG", "县委", line=1)                       # 县委书记专栏: 县委 as in every 县委书记

# ---- line 3: headline
p.ent("ORG", "省第29督查组", line=3)                # a named team (like 区委第三巡察组); 来遂: one character, no ADMIN
p.slogan("GROUP", "五水共治", line=3)
p.slogan("PARALLEL", "三改一拆", line=3)

# ---- line 5: subhead, three names run together
for name in ["杜兴林", "沈世山", "上官国明"]:
    p.ent("PERSON", name, line=5)

# ---- line 7: meta line (decision 12: BYLINE block, one span for the labelled source)
p.byline("BYLINE", "来源: 遂昌新闻网", line=7)
p.ent("ORG", "遂昌新闻网", line=7)
p.ent("PERSON", "施伟谊", line=7)                  # 编辑: editor credit, no byline span

# ---- line 9
p.byline("BYLINE", "本网11月9日讯(记者 王红梅 实习生 江岩)", line=9)
p.ent("PERSON", "王红梅", line=9)
p.ent("PERSON", "江岩", line=9)
p.ent("ORG", "省第29督查组", line=9)
p.ent("ORG", "省审计厅", line=9)
p.ent("PERSON", "徐超光", line=9)
#   率队的督查组 / 我县: no span
p.ent("ORG", "省督查组", line=9)                    # 今日下午,省督查组听取了…
p.slogan("GROUP", "五水共治", line=9, every=True)
p.slogan("PARALLEL", "三改一拆", line=9, every=True)

# ---- line 11
for name in ["杜兴林", "沈世山", "上官国明", "赵文明"]:
    p.ent("PERSON", name, line=11)

# ---- line 13
p.ent("ORG", "县委", line=13, nth=1)               # 县委书记杜兴林
p.ent("ORG", "县委", line=13, nth=1)               # 县委副书记 (second, first free after the one above)
p.ent("PERSON", "杜兴林", line=13, every=True)      # three times
p.ent("PERSON", "沈世山", line=13)
#   代县长: a title with a bare level word; 向督查组: bare team type, no span
p.ent("ORG", "省督查组", line=13)
p.ent("ORG", "省委", line=13)
p.ent("ADMIN", "遂昌", line=13, every=True)        # five times
p.slogan("GROUP", "五水共治", line=13, every=True)
p.slogan("PARALLEL", "三改一拆", line=13, every=True)
#   “无违建县”, “大禹杯”: no numeral, no unit named

# ---- line 15
p.ent("PERSON", "沈世山", line=15)
p.ent("ADMIN", "遂昌", line=15, every=True)        # twice
p.slogan("GROUP", "五水共治", line=15)
p.slogan("PARALLEL", "三改一拆", line=15)
p.slogan("PARALLEL", "六边三化三美", line=15)       # three numeral-led parts; items not spelled out
p.slogan("GROUP", "两美", line=15)                 # “两美”浙江: 两 + category, items not spelled out
p.ent("ADMIN", "浙江", line=15)
#   督查组 (twice), 全省, 省市: no span

# ---- blocks
p.block(1, 1, "PAGE")                 # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "SUBHEAD", article=1)   # a line after the headline adding facts (decision 1)
p.block(7, 7, "BYLINE", article=1)    # 来源: 遂昌新闻网 … 编辑: (decision 12)
p.block(9, 15, "BODY", article=1)

p.save()
