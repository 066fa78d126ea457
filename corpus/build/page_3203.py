"""page-3203: 北京城市副中心报 (通州区融媒体中心's e-paper on kanbao.dayuntongzhou.com), 2020-12-30,
04版 热点: 目之所及皆是变化 心之所向满是欣喜. Text as returned by the `pages` store, from its title; the
last stored paragraph (拆违建、修围墙、建小公园,村里改造热火朝…) was cut mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3203", "corpus/raw/pages/3203_tongzhou_fuzhongxin_fayanren.txt",
         publisher="北京城市副中心报", date="2020-12-30", script="simplified", origin="pages")

# 北京城市副中心: the named government-run zone (own 党工委 and 管委会, like a 新区): one ADMIN;
# the bare 城市副中心 / 副中心 standing as the name of that one zone: ADMIN (decision 3).

# ---- line 2: subhead
p.ent("ADMIN", "城市副中心", line=2)

# ---- line 3: 刊发日期… 作者:admin (a site account names no one: no BYLINE span) -> PAGE

# ---- line 5: byline
p.byline("BYLINE", "本报记者 陶涛 实习记者 陈潇")
p.ent("PERSON", "陶涛", line=5)
p.ent("PERSON", "陈潇", line=5)

# ---- line 7
p.ent("ADMIN", "北京城市副中心", line=7, every=True)          # 2
p.ent("ADMIN", "副中心", line=7, after="我看")                # inside the event name “我看副中心变化”
p.ent("ADMIN", "城市副中心", line=7, every=True)              # 4 bare mentions

# ---- line 9
p.ent("ADMIN", "城市副中心", line=9, every=True)              # 4

# ---- line 12: photo file name + speaker line of the digest
p.ent("PERSON", "苏学军", line=12, nth=1)                      # inside the file name 4-苏学军.jpg
p.ent("PERSON", "苏学军", line=12)                             # the speaker
p.ent("ADMIN", "永乐店", line=12)                              # 永乐店镇 by its bare name
p.ent("ADMIN", "老槐庄村", line=12)                            # 老槐庄村文化活动室: a venue, the village only
p.byline("BYLINE", "苏学军 永乐店老槐庄村文化活动室工作者", after="jpg")

# ---- line 14: crosshead
p.ent("ADMIN", "城市副中心", line=14)

# ---- line 16
p.ent("ADMIN", "老槐庄村", line=16)

# ---- lines 20, 22
p.ent("PERSON", "马连江", line=20)
p.ent("PERSON", "马连江", line=22)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)     # catchy title line
p.block(2, 2, "SUBHEAD", article=1)      # factual line after it (decision 1)
p.block(3, 3, "PAGE")                    # date + counters, author field = site account
p.block(5, 5, "BYLINE", article=1)
p.block(7, 9, "BODY", article=1)
p.block(12, 12, "BYLINE", article=1)     # speaker line of the digest (29NN), glued to its photo's file name
p.block(14, 14, "CROSSHEAD", article=1)  # the speaker's section title
p.block(16, 22, "BODY", article=1)

p.save()
