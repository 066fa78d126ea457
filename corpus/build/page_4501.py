"""page-4501: 上海市浦东新区塘桥街道 (street report published on the 浦东新区 portal, pudong.gov.cn,
发布机构 塘桥街道), 2024-01-25: 塘桥街道2024年社代会报告. Text as returned by the `pages` store, from its
title; the last stored paragraph ((二)社区环境持续改善…一批民) is cut off mid-word and left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4501", "corpus/raw/pages/4501_pudong_tangqiao_shedaihui.txt",
         publisher="上海市浦东新区塘桥街道", date="2024-01-25", script="simplified", origin="pages")

# ---- line 1: title
p.ent("ADMIN", "塘桥街道", line=1)                 # unit inside a document's title (decision 2); 社代会 is the meeting

# ---- line 2: open-government fields; 发布机构 holds the publishing unit
p.byline("BYLINE", "发布机构 | 塘桥街道", line=2)   # labelled credit (decision 12), label included
p.ent("ADMIN", "塘桥街道", line=2)                 # a unit credited in a source field is the place

# ---- line 5
p.ent("ORG", "塘桥街道办事处", line=5)              # the office reporting to the congress

# ---- line 7
p.ent("ORG", "塘桥街道办事处", line=7)
p.ent("PERSON", "习近平", line=7, nth=1)            # 习近平新时代…思想
p.ent("PERSON", "习近平", line=7, nth=1)            # 习近平总书记 (second hit, first now taken)
p.ent("ADMIN", "上海", line=7)                      # 考察上海
p.ent("ORG", "市委", line=7)                        # 十二届市委: the term before the organ stays outside
p.ent("ORG", "区委", line=7, nth=1)                 # 五届区委
p.ent("ORG", "区委", line=7, nth=1)                 # 按照区委、区政府
p.ent("ORG", "区政府", line=7)
p.ent("ORG", "街道党工委", line=7)                   # level word + organ, like 县委

# ---- line 10
p.ent("ORG", "区委", line=10, nth=1)                # 区委区政府领导
p.ent("ORG", "区政府", line=10)
p.ent("ADMIN", "塘桥", line=10, nth=1)              # 塘桥“样板社区”
p.ent("ORG", "区委", line=10, nth=1)                # 区委主要领导
p.ent("ADMIN", "塘桥", line=10, nth=1)              # 塘桥新路: unit inside a road's name (decision 2)
p.slogan("GROUP", "三区更新", line=10,
         expansion=["街区焕新", "小区整新", "园区转型升级"])   # items spelled out as run-in openers

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)      # 索引号 (empty) + 发布机构 field
p.block(3, 3, "PAGE")                   # 公开类别 / 发布时间 fields
p.block(4, 5, "BODY", article=1)        # salutation + opening
p.block(6, 6, "CROSSHEAD", article=1)   # 一、2023年工作回顾
p.block(7, 8, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)   # 一、提升城市品质…
p.block(10, 10, "BODY", article=1)      # (一)… run-in head stays BODY

p.save()
