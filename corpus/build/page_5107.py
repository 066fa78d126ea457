"""page-5107: 岳阳楼区人民政府 (岳阳楼区 portal on yueyang.gov.cn/yylq, 来源:文化馆), 2023-04-13, one article:
岳阳楼区城陵矶街道洪家洲社区获评“湖南省最佳文旅志愿服务社区 ”. Text as returned by the `pages` store,
from its title; its last paragraph (cut off mid-sentence: …不断完) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5107", "corpus/raw/pages/5107_yueyanglou_hongjiazhou_shequ.txt",
         publisher="岳阳楼区人民政府", date="2023-04-13", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "岳阳楼区", line=1)
p.ent("ADMIN", "城陵矶街道", line=1)
p.ent("ADMIN", "洪家洲社区", line=1)
p.ent("ADMIN", "湖南省", line=1)            # award name 湖南省最佳文旅志愿服务社区: unit inside (decision 2)

# ---- line 2: meta line  来源:文化馆  date
p.byline("BYLINE", "来源:文化馆", line=2)   # 文化馆 alone: a bare institution type (and a venue), no ORG

# ---- lines 5, 7, 9: picture captions printed above the body
p.ent("ORG", "“厂社家”宣讲志愿服务队", line=5)   # a named team that acts (开展…活动); quotes wrap part of the name
p.ent("ORG", "“厂社家”志愿服务队", line=7)
p.ent("ORG", "“厂社家”志愿服务队", line=9)

# ---- line 11
p.ent("ORG", "岳阳楼区文旅广体局", line=11)
p.ent("ADMIN", "城陵矶街道", line=11)
p.ent("ADMIN", "洪家洲社区", line=11)
p.ent("ADMIN", "湖南省", line=11)           # inside the award's name

# ---- line 13
p.ent("ORG", "区文旅广体局", line=13)
p.ent("ADMIN", "城陵矶街道", line=13)
p.ent("ADMIN", "洪家洲社区", line=13)

# ---- line 15
p.ent("ADMIN", "洪家洲社区", line=15)
#   “群英断是非”工作法: no numeral, no formula
#   five named 家园 printed before 五个家园为一体: the count names the parts of the mechanism
items = ["文明家园", "快乐家园", "学习家园", "平安家园", "宜业家园"]
sl = p.slogan("COUNT", "五个家园", line=15)[0]
pos, pairs = p.line_bounds[14][0], []
for it in items:
    st, en = p.find_all(it, pos, sl["start"])[0]
    pairs.append([st, en]); pos = en
sl["expansion"] = pairs
#   “厂社家”志愿服务机制: a mechanism, no ORG;  “幸福家园”四重奏: a metaphor (quartet), no formula
p.ent("ADMIN", "岳阳市", line=15, every=True)   # award names 岳阳市最美潇湘文化阵地, 岳阳市美丽社区 (decision 2); 潇湘: a region, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)      # source line with publication time (decision 12)
p.block(3, 3, "PAGE")                   # 浏览量 counter
p.block(5, 5, "CAPTION", article=1)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "CAPTION", article=1)
p.block(11, 15, "BODY", article=1)

p.save()
