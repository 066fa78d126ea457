"""agree-page-4412 (second pass): Party-building story from a Guangzhou city paper's site
(file name xxsb: 信息时报, inferred), 2021-11-12, one article on 新造镇's “两优一先” event."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4412", "corpus/raw/pages/4412_xxsb_xinzao_liangyouyixian.txt",
         publisher="信息时报", date="2021-11-12", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline (first mention of 两优一先 carries the expansion, items on line 15)
p.ent("ADMIN", "新造镇", line=1)
p.slogan("PARALLEL", "两优一先", line=1,
         expansion=["优秀共产党员", "优秀党务工作者", "先进基层党组织"])
p.ent("ADMIN", "广州", line=1)                     # 广州大学城智慧谷党建文化公园: a park (decision 2)

# ---- line 3: web meta line: one BYLINE span per labelled reporter credit;
#      the editor's credit (【编辑 小明】) gets no byline span, its name is PERSON
p.byline("BYLINE", "【记者 黄骆】", line=3)
p.byline("BYLINE", "通讯员 黄敏华", line=3)
p.ent("PERSON", "黄骆", line=3)
p.ent("PERSON", "小明", line=3)
p.ent("PERSON", "黄敏华", line=3)

# ---- line 10
L = 10
p.ent("ADMIN", "新造镇", line=L)
p.slogan("PARALLEL", "两优一先", line=L)
p.ent("ADMIN", "广州", line=L)                     # 广州大学城
p.ent("ORG", "番禺区委", line=L)                   # 番禺区委常委 -> ORG + title
p.ent("ORG", "区委统战部", line=L)
p.ent("ORG", "区政协党组", line=L)                 # 党组 inside the organ (majority reading)
p.ent("PERSON", "邓耀棋", line=L)
p.ent("ORG", "番禺区委组织部", line=L)
p.ent("PERSON", "刘钢", line=L)
p.ent("ORG", "新造镇党委", line=L)                 # 新造镇党委书记
p.ent("PERSON", "黄灿成", line=L)
p.ent("ORG", "新造镇党委", line=L)                 # 新造镇党委副书记; 镇长 is a bare title
p.ent("PERSON", "郭小霞", line=L)

# ---- line 15
L = 15
p.ent("ADMIN", "新造镇", line=L, every=True)       # six: 新造镇“两优一先”, 20名/10名/8个新造镇…, 新造镇优秀共产党员何欣, 推动新造镇
p.slogan("PARALLEL", "两优一先", line=L)
p.ent("PERSON", "黄灿成", line=L)
p.ent("PERSON", "郭小霞", line=L)
p.ent("PERSON", "刘钢", line=L)
p.ent("PERSON", "邓耀棋", line=L)
p.ent("PERSON", "何欣", line=L)

# ---- line 18: video title
p.ent("ADMIN", "新造镇", line=18)

# ---- line 23: 三点工作要求 (一是…二是…三是…): a count in prose, no formula
p.ent("PERSON", "邓耀棋", line=23)

# ---- line 28: “总开关” “一张网” “责任田”: metaphors, no formula
p.ent("PERSON", "刘钢", line=28)
p.ent("ADMIN", "新造镇", line=28)
p.ent("ADMIN", "新造", line=28)                    # 统领新造经济社会高质量发展: bare name of the town

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # | 【记者 黄骆】【编辑 小明】通讯员 黄敏华 | timestamp
p.block(10, 28, "BODY", article=1)     # split by the blank lines into five paragraphs

p.save()
