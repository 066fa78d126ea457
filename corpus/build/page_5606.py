"""page-5606: 佛山市顺德区人大常委会 (顺德人大网, rd.shunde.gov.cn), 发布日期 2024-08-07, one article:
顺德区第十七届人大常委会第三十三次会议纪要. Text as returned by the `pages` store, from its title; the
store's last paragraph (对下半年的工作,会议建议,…二是要开展我区三大产业) is cut mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5606", "corpus/raw/pages/5606_shunde_renda_changweihui_jiyao.txt",
         publisher="佛山市顺德区人大常委会", date="2024-08-07", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline. A congress body of a numbered term is one ORG with its term
#      (岳阳市六届人大常委会, 湘乡市第九届人大常委会); 第三十三次会议 is the event, outside.
p.ent("ORG", "顺德区第十七届人大常委会", line=1)

# ---- line 2: web meta line -> BYLINE block, one BYLINE span per labelled credit, date outside
p.byline("BYLINE", "来源:区人大", line=2)
p.byline("BYLINE", "作者:区人大", line=2)
p.ent("ORG", "区人大", line=2, nth=1)
p.ent("ORG", "区人大", line=2)

# ---- line 3
p.ent("ORG", "区人大常委会", line=3)                 # 区人大常委会主任 -> ORG + title
p.ent("PERSON", "刘铭恩", line=3)
p.ent("ORG", "区第十七届人大常委会", line=3)

# ---- line 4: numbered heading (一、…) -> CROSSHEAD
p.ent("ORG", "区人民政府", line=4, nth=1)
p.ent("ORG", "区人民政府", line=4)
p.ent("ADMIN", "顺德区", line=4, nth=1)
p.ent("ADMIN", "顺德区", line=4)
p.ent("ADMIN", "大良", line=4)                      # 大良等四个街道: the sub-district by its bare name

# ---- line 5
p.ent("ORG", "区人民政府", line=5, nth=1)
p.ent("PERSON", "何翔威", line=5)                    # 副区长 = title
p.ent("ORG", "区人民政府", line=5)                   # 受区人民政府委托
p.ent("ORG", "区政府", line=5)
p.ent("ADMIN", "大良", line=5)
p.ent("ORG", "预算工委", line=5)                     # the standing committee's 预算工作委员会 (one body)
p.ent("PERSON", "梅兵", line=5)

# ---- line 6
p.ent("ORG", "区人民政府", line=6)
p.ent("ORG", "区委", line=6, nth=1)                  # 区委十四届五次全会: the organ inside the meeting's name
p.ent("ORG", "区委", line=6)                         # 区委经济工作会议
p.ent("ORG", "区政府", line=6)
#   党的二十届三中全会: the Party's plenum, no span
p.slogan("PARALLEL", "百千万工程", line=6)           # 省“百千万工程”典型区 (3910 precedent)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(4, 4, "CROSSHEAD", article=1)
p.block(5, 6, "BODY", article=1)

p.save()
