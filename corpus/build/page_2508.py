"""page-2508: 右江日报 (中共百色市委机关报), 2019-12-06, as carried by the 地方网 site
yybnet.net (百色 > 今日凌云), one article: 凌云:“瑶家夜校”闹乡村. Text as returned by the
`pages` store, from its title; the last paragraph, cut off mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2508", "corpus/raw/pages/2508_youjiang_lingyun_yaojia_yexiao.txt",
         publisher="右江日报", date="2019-12-06", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "凌云", line=1)                       # "Place：title" headline

# ---- line 3: source line (来源: medium, timestamp, site URL)
p.byline("BYLINE", "来源:右江日报", line=3)           # labelled credit; timestamp and URL outside
p.ent("ORG", "右江日报", line=3)

# ---- line 5: source tag + first paragraph
p.byline("BYLINE", "本报凌云讯", line=5)
p.ent("ADMIN", "凌云", line=5)                       # place in the source tag
p.ent("ADMIN", "凌云县", line=5)
#   各级各部门, 乡镇, 村屯: generic

# ---- line 7
#   该县: deictic, no span
p.ent("ADMIN", "朝里瑶族乡", line=7)

# ---- line 9
p.ent("ADMIN", "朝里瑶族乡", line=9)
p.ent("ADMIN", "平塘村", line=9)
#   六红屯: a hamlet (屯) below the village, no span
p.ent("PERSON", "李宗华", line=9, nth=1)             # 组长李宗华
p.ent("PERSON", "李宗华", line=9)                    # 到李宗华家
#   县里, 乡里: level words

# ---- line 11
p.ent("ORG", "乡党委", line=11)                      # 该乡党委委员 -> deictic 该 outside, 委员 a title
p.ent("PERSON", "王丰华", line=11)

# ---- line 13
#   党的十九届四中全会: an event, no span
p.ent("PERSON", "李玉恒", line=13)                   # 村民李玉恒

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 15, "BODY", article=1)

p.save()
