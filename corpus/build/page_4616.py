"""page-4616: 《我家》 (homemory.hk, 我家‧焦點 section), 2023-05-18, one article on the 2023
district-council reform in 屯門 and 元朗: (屯門元朗)完善屯元天治理 有助高效「地」發展.
Text as returned by the `pages` store, from its title; the last paragraph (賴嘉汶's interview,
cut off mid-sentence at 區議會一直是地區民生問題的諮詢) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4616", "corpus/raw/pages/4616_homemory_tuenmun_yuenlong.txt",
         publisher="《我家》", date="2023-05-18", script="traditional", origin="pages")

# ---- lines 1 and 4: the title, printed twice
for ln in (1, 4):
    p.ent("ADMIN", "屯門", line=ln)              # Hong Kong districts (decision 15)
    p.ent("ADMIN", "元朗", line=ln)
    #   屯元天 (屯門、元朗、天水圍 by one character each): a region, no span

# ---- line 6
#   區議會 (the councils in general), 政府 (bare): no span
p.ent("ADMIN", "屯門", line=6)
p.ent("ADMIN", "元朗區", line=6)
#   北部都會區: a planning area, no unit; 鄉郊地區: no

# ---- line 10: caption
p.ent("ADMIN", "屯門", line=10)

# ---- line 13: crosshead
p.ent("ADMIN", "元朗區", line=13)
#   「三會」: a count of bodies (like 四大班子, 两院), no slogan

# ---- line 15
p.ent("PERSON", "李家超", line=15)               # 行政長官: title
#   十八區區議會, 地區委員會, 各個鄉事委員會: generic, no span

# ---- line 18
p.ent("ORG", "屯門區議會", line=18)
p.ent("ORG", "元朗區議會", line=18)
p.ent("ADMIN", "屯門", line=18)                  # 屯門及元朗將分別藉地方選區…: the districts
p.ent("ADMIN", "元朗", line=18)

# ---- line 21: 分區委員會、撲滅罪行委員會及地區防火委員會 are kinds of committee (every district
#   has them), no ORG; 兩區: no span

# ---- line 30: 鄉委會, 民政事務專員 (a title): no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                # date-only line
p.block(4, 4, "HEADLINE", article=1) # the title printed again (a web page's title printed twice)
p.block(6, 6, "BODY", article=1)
p.block(10, 10, "CAPTION", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 21, "BODY", article=1)
p.block(25, 25, "CAPTION", article=1)
p.block(28, 28, "CROSSHEAD", article=1)
p.block(30, 30, "BODY", article=1)

p.save()
