"""page-4306: 江津日报 (e-paper epaper.cqjjnet.com, jjrb 第38版), 2023-02-01, one article:
李市镇 踔厉奋发创佳绩 蹄疾步稳再出发 (a township's year in review). Text as returned by the
`pages` store, from its title; the store's text ends on the opening words of the next crosshead
(凝心聚力), cut off, which were dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4306", "corpus/raw/pages/4306_jiangjin_lishizhen.txt",
         publisher="江津日报", date="2023-02-01", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "李市镇", line=1)

# ---- line 3: e-paper meta line (版次, author, date)
p.byline("BYLINE", "作者:苏盛宇", line=3)             # labelled credit; 版次 and the date outside
p.ent("PERSON", "苏盛宇", line=3)

# ---- line 5/7: photo captions
p.ent("ADMIN", "李市镇", line=5)
p.ent("ADMIN", "双河村", line=5)
p.ent("ADMIN", "沙埂村", line=7)
p.ent("ADMIN", "江津区", line=7)

# ---- line 9: lead
p.ent("ADMIN", "李市镇", line=9)
p.ent("ADMIN", "江津区", line=9)
p.slogan("PARALLEL", "五地一城", line=9)               # 江津区's goal, items not spelled out
p.ent("ADMIN", "李市", line=9)                        # 9万李市人民: bare name of the township

# ---- line 13
p.ent("ADMIN", "李市镇", line=13)
p.ent("ORG", "区委", line=13)
p.ent("ORG", "区政府", line=13)
# 三情叠加: the three 情 are listed in the lead, 疫情、火情、旱情的叠加考验 (items before the formula)
[s] = p.slogan("GROUP", "三情叠加", line=13)
lo9, hi9 = p.line_bounds[8]
s["expansion"] = [list(p.find_all(x, lo9, hi9)[0]) for x in ["疫情", "火情", "旱情"]]

# ---- line 15
p.ent("ADMIN", "李市镇", line=15)
p.ent("ADMIN", "李市", line=15)                       # 江习高速李市高速路口: unit inside a place's name

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 7, "CAPTION", article=1)    # two captions, split by the blank line
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "CROSSHEAD", article=1)
p.block(13, 15, "BODY", article=1)

p.save()
