"""agree-page-5606: 佛山市顺德区人大常委会 (web page), 2024-08-07, one article: the minutes of
the 33rd meeting of the 17th 顺德区 people's congress standing committee (title, meta line, body)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5606", "corpus/raw/pages/5606_shunde_renda_changweihui_jiyao.txt",
         publisher="佛山市顺德区人大常委会", date="2024-08-07", script="simplified",
         origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: title; the committee of a numbered term is one ORG, the session outside
p.ent("ORG", "顺德区第十七届人大常委会", line=1)

# ---- line 2: web meta line, one BYLINE per labelled credit, date outside
p.byline("BYLINE", "来源:区人大", line=2)
p.byline("BYLINE", "作者:区人大", line=2)
p.ent("ORG", "区人大", line=2, nth=1)
p.ent("ORG", "区人大", line=2, nth=1)                # the second (first free) one

# ---- line 3
p.ent("ORG", "区人大常委会", line=3)                  # 区人大常委会主任 (title keeps its organ)
p.ent("PERSON", "刘铭恩", line=3)
p.ent("ORG", "区第十七届人大常委会", line=3)           # …第三十三次会议: the meeting stays outside

# ---- line 4: numbered heading 一、…
p.ent("ORG", "区人民政府", line=4, nth=1)             # 听取和审议区人民政府关于…
p.ent("ORG", "区人民政府", line=4, nth=1)             # 审查区人民政府关于…
p.ent("ADMIN", "顺德区", line=4, nth=1)               # 关于顺德区2024年上半年国民经济… (report title)
p.ent("ADMIN", "顺德区", line=4, nth=1)               # 关于顺德区本级
p.ent("ADMIN", "大良", line=4)                        # 大良等四个街道

# ---- line 5
p.ent("ORG", "区人民政府", line=5, nth=1)             # 区人民政府副区长何翔威
p.ent("PERSON", "何翔威", line=5)
p.ent("ORG", "区人民政府", line=5, nth=1)             # 受区人民政府委托
p.ent("ORG", "区政府", line=5)                        # 关于区政府2024年上半年工作情况… (work report of the body)
p.ent("ADMIN", "大良", line=5)                        # 我区本级、大良等四个街道
p.ent("ORG", "预算工委", line=5)                      # 预算工委主任梅兵 (the standing committee's budget working committee)
p.ent("PERSON", "梅兵", line=5)

# ---- line 6
p.ent("ORG", "区人民政府", line=6)
p.ent("ORG", "区委", line=6, nth=1)                   # 区委十四届五次全会
p.ent("ORG", "区委", line=6, nth=1)                   # 暨区委经济工作会议
p.ent("ORG", "区政府", line=6, after="会议指出")        # 区政府及各部门
p.slogan("PARALLEL", "百千万工程", line=6)            # 省“百千万工程”典型区

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(4, 4, "CROSSHEAD", article=1)
p.block(5, 6, "BODY", article=1)

p.save()
