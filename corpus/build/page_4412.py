"""page-4412: 信息时报 (xxsb.com, 微社区e家通 channel, 番禺区 > 新造镇), 2021-11-12, one article:
新造镇举办“两优一先”先进事迹分享会暨广州大学城智慧谷党建文化公园揭幕仪式.
Text as returned by the `pages` store, from its title (the breadcrumb above it left out);
its last paragraph (黄灿成对获得…) is cut off mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4412", "corpus/raw/pages/4412_xxsb_xinzao_liangyouyixian.txt",
         publisher="信息时报", date="2021-11-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "新造镇", line=1)
# 两优一先 = 优秀共产党员、优秀党务工作者、先进基层党组织, the three awards the article hands out
# (line 15, in this order): expansion on the first mention (the headline)
p.slogan("PARALLEL", "两优一先", line=1,
         expansion=["优秀共产党员", "优秀党务工作者", "先进基层党组织"])
p.ent("ADMIN", "广州", line=1)                      # 广州大学城智慧谷党建文化公园: a park (place)

# ---- line 3: web byline line
p.byline("BYLINE", "【记者 黄骆】【编辑 小明】通讯员 黄敏华", line=3)   # pipes and timestamp outside
p.ent("PERSON", "黄骆", line=3)
p.ent("PERSON", "小明", line=3)
p.ent("PERSON", "黄敏华", line=3)

# ---- line 10: lead
p.ent("ADMIN", "新造镇", line=10)
p.slogan("PARALLEL", "两优一先", line=10)
p.ent("ADMIN", "广州", line=10)
p.ent("ORG", "番禺区委", line=10)                   # 番禺区委常委 -> ORG 番禺区委 (contracted title)
p.ent("ORG", "区委统战部", line=10)
p.ent("ORG", "区政协党组", line=10)                  # 党组 after an organ stays inside
p.ent("PERSON", "邓耀棋", line=10)
p.ent("ORG", "番禺区委组织部", line=10)
p.ent("PERSON", "刘钢", line=10)
p.ent("ORG", "新造镇党委", line=10)                  # 新造镇党委书记
p.ent("PERSON", "黄灿成", line=10)
p.ent("ORG", "新造镇党委", line=10)                  # 新造镇党委副书记、镇长
p.ent("PERSON", "郭小霞", line=10)

# ---- line 15: the awards
p.ent("ADMIN", "新造镇", line=15, every=True)        # six mentions
p.slogan("PARALLEL", "两优一先", line=15)
p.ent("PERSON", "黄灿成", line=15)
p.ent("PERSON", "郭小霞", line=15)
p.ent("PERSON", "刘钢", line=15)
p.ent("PERSON", "邓耀棋", line=15)
p.ent("PERSON", "何欣", line=15)

# ---- line 18: the video's title
p.ent("ADMIN", "新造镇", line=18)                   # unit inside a title (decision 2); 我为群众办实事: no numeral

# ---- line 23
p.ent("PERSON", "邓耀棋", line=23)                   # 三点工作要求 / 一是…二是…: prose count, no formula

# ---- line 28
p.ent("PERSON", "刘钢", line=28)
p.ent("ADMIN", "新造镇", line=28)
p.ent("ADMIN", "新造", line=28)                      # 新造经济社会: bare name of the town; “一张网”: metaphor, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(10, 28, "BODY", article=1)

p.save()
