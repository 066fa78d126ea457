"""page-4405: 盐亭县纪委监委 (绵阳市纪委监委 site, 盐亭县纪委监委 channel, 巡视巡察), 2021-10-21, one article:
县委巡察工作会暨十四届县委第一轮巡察动员部署会召开. Text as returned by the `pages` store, from its title
(the channel name 巡视巡察 above the title and the fifth paragraph, cut off mid-sentence, are left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4405", "corpus/raw/pages/4405_yanting_xuncha_dongyuan.txt",
         publisher="盐亭县纪委监委", date="2021-10-21", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "县委", line=1, nth=1)                 # 县委巡察工作会: organ inside a meeting name
p.ent("ORG", "县委", line=1, nth=1)                 # 十四届县委: term before the organ stays outside

# ---- line 3: web meta line (decision 12): one BYLINE span per labelled credit
p.byline("BYLINE", "来源: 盐亭县纪委监委", line=3)
p.byline("BYLINE", "作者:盐亭县纪委监委", line=3)
p.ent("ORG", "盐亭县纪委监委", line=3, every=True)    # one joint office, as the corpus writes it (review, session 15)

# ---- line 5
p.ent("ORG", "县委巡察工作领导小组", line=5)          # a committee's working group: one ORG with it
p.ent("ORG", "县委", line=5, every=True)             # 县委巡察工作会, 十四届县委 (x2), 县委书记
p.ent("PERSON", "何长鹰", line=5)
p.ent("PERSON", "习近平", line=5, every=True)        # ideology name + 习近平总书记
p.ent("ORG", "党中央", line=5)
p.ent("ORG", "省委", line=5)
p.ent("ORG", "市委", line=5)
#   成渝地区: one-character short forms, no ADMIN
p.ent("ADMIN", "盐亭", line=5)                       # 社会主义现代化盐亭 (cf. 现代化河南)

# ---- line 7
p.ent("ORG", "市委巡察办", line=7)                   # sub-unit with its parent
p.ent("PERSON", "罗健", line=7)
p.ent("ORG", "县委巡察工作领导小组", line=7, every=True)
p.ent("ORG", "县委", line=7, every=True)             # 县委常委 (x2): contracted title -> organ
p.ent("ORG", "组织部", line=7)                       # 组织部长 -> 组织部 (as 宣传部长 -> 宣传部)
p.ent("PERSON", "张珏", line=7)
p.ent("ORG", "纪委", line=7)                         # 纪委书记
p.ent("ORG", "监委", line=7)                         # 监委主任
p.ent("PERSON", "刘帆", line=7)

# ---- line 9
p.ent("PERSON", "何长鹰", line=9)
p.ent("ORG", "县委", line=9)                         # 十三届县委巡察
#   “全覆盖”: no numeral, no formula

# ---- line 11
p.ent("PERSON", "何长鹰", line=11)
p.slogan("COUNT", "三个聚焦", line=11)               # items not spelled out on the page

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
