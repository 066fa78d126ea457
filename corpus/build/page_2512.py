"""page-2512: 黑龙江日报 article as published on 东北网 (its big5 edition,
heilongjiang.big5.dbw.cn), 2023-07-02: 最質朴的他們,在最北方紮根 — 漠河市 party-building
report (上篇). Text as returned by the `pages` store, from the breadcrumb; the last paragraph
(丁莉娟找來…) was cut off mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2512", "corpus/raw/pages/2512_hljrb_mohe_dangjian.txt",
         publisher="黑龙江日报", date="2023-07-02", script="traditional", origin="pages")

# ---- line 1: breadcrumb (PAGE)
p.ent("ORG", "東北網", line=1, every=True)     # the site, twice
p.ent("ADMIN", "黑龍江", line=1)               # 東北網黑龍江: the channel named after the province

# ---- line 3: headline
p.ent("ADMIN", "漠河市", line=3)
p.ent("ORG", "黨中央", line=3)                 # inside the brand 『身在最北方 心向黨中央』

# ---- line 4: web meta line (decision 12): one BYLINE per labelled credit, time outside
p.byline("BYLINE", "來源:黑龍江日報", line=4)
p.ent("ORG", "黑龍江日報", line=4)
p.byline("BYLINE", "作者:桑蕾 張磊", line=4)
p.ent("PERSON", "桑蕾", line=4)
p.ent("PERSON", "張磊", line=4)

# ---- lines 5-8: share buttons (PAGE)
p.ent("ORG", "東北網", line=5)
p.ent("ORG", "極光新聞", line=8)               # the news app (a medium); 微博, Qzone: platforms, no span

# ---- lines 10-14: photo captions
p.ent("ADMIN", "北極村", line=10)              # 北極村流動黨員驛站: the village inside a facility's name
#   line 12 拾葉之悠: a guesthouse named as a place (its hall), no span
p.ent("PERSON", "邱曉旭", line=14)
p.byline("PHOTO", "記者 張春雷 攝", line=14)
p.ent("PERSON", "張春雷", line=14)

# ---- line 16: source tag with dateline
p.byline("BYLINE", "黑龍江日報7月2日訊", line=16)
p.ent("ORG", "黑龍江日報", line=16)
p.ent("ADMIN", "漠河", line=16)
#   興安 (the Xing'an range) and 黑龍江 (the river: 與黑龍江對岸雞犬互聞) are no units: no span

# ---- line 20
p.ent("ADMIN", "漠河", line=20, nth=1)         # 漠河想出了好辦法
#   景區/城市/國門/老區/大北極黨建聯合體: kinds of joint bodies, no named organisation
#   鎮政府, 邊防派出所, 邊防部隊, 學校 "駐紮在一個鎮上": generic, no span
p.ent("ORG", "漠河林場", line=20)              # a named forest farm (ORG)
p.ent("ADMIN", "漠河", line=20, after="記者走進")

# ---- lines 26-28: the association's party branch, named twice (as written)
p.ent("ORG", "北極村家庭賓館協會黨支部", line=26)
p.ent("PERSON", "丁莉娟", line=26)
p.ent("ORG", "北極村旅館飯店協會黨支部", line=28)

# ---- line 30
p.ent("ADMIN", "北極村", line=30)

# ---- line 32
p.ent("PERSON", "丁莉娟", line=32)
# 『三提』: its three items are printed before it (expansion on the only mention);
# spanlib's expansion= searches after the formula, so the items are located by code
lo, hi = p.line_bounds[32 - 1]
items = ["提昇服務質量", "提高入住價格", "提供所需備品"]
exp, pos = [], lo
for it in items:
    st, en = p.find_all(it, pos, hi)[0]
    exp.append([st, en]); pos = en
sl = p.slogan("GROUP", "三提", line=32)
sl[0]["expansion"] = exp

# ---- blocks
p.block(1, 2, "PAGE")
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "BYLINE", article=1)
p.block(5, 8, "PAGE")
p.block(10, 14, "CAPTION", article=1)     # three captions, split by the blank lines
p.block(16, 20, "BODY", article=1)
p.block(22, 22, "CROSSHEAD", article=1)
p.block(24, 32, "BODY", article=1)

p.save()
