"""page-3508: 襄城县融媒体中心 (its WeChat account, copied on wxredian.com), 第25个中国记者节
(2024-11-08 by the count; no date printed), one article: 县委书记范耀江到县融媒体中心调研.
Text as returned by the `pages` store, which keeps no title line: it opens with the account's
greeting and weather lines."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3508", "corpus/raw/pages/3508_xiangcheng_rongmei_jizhejie.txt",
         publisher="襄城县融媒体中心", date=None, script="simplified", origin="pages")

# ---- line 2: weather widget (PAGE), the county named in it
p.ent("ADMIN", "襄城", line=2)

# ---- line 3
p.ent("ADMIN", "中国", line=3)                   # 中国记者节: the country inside an event name (decision 2)
p.ent("ORG", "县委", line=3, nth=1)              # 县委书记
p.ent("PERSON", "范耀江", line=3)
p.ent("ORG", "县融媒体中心", line=3)
p.ent("ORG", "县委", line=3, after="代表")
p.ent("ORG", "县政府", line=3)
p.ent("PERSON", "李孝", line=3)                  # 县领导李孝、常皓
p.ent("PERSON", "常皓", line=3)

# ---- line 4
p.ent("ORG", "县融媒体中心", line=4, nth=1)
p.ent("PERSON", "范耀江", line=4, nth=1)
#   融媒指挥中心、电视台部、播控中心、广播电台、新闻采访部、全媒体部等处: rooms and sections toured
#   (…等处), bare types of a media centre's parts: no span
p.ent("PERSON", "范耀江", line=4, nth=1)          # 范耀江指出
p.ent("ORG", "县融媒体中心", line=4, nth=1)       # 近年来,县融媒体中心围绕中心
p.ent("ADMIN", "襄城", line=4)

# ---- line 5
p.ent("PERSON", "范耀江", line=5)

# ---- line 6
p.ent("ORG", "县委", line=6)                     # 县委县政府中心工作
p.ent("ORG", "县政府", line=6)
#   《党风政风行风热线》: a programme, no span
p.ent("ORG", "襄城融媒", line=6)                 # the county medium by its short name (like 甘州融媒)

# ---- line 7
p.ent("ADMIN", "襄城", line=7)                   # 讲好襄城故事

# ---- line 8
p.ent("ADMIN", "襄城", line=8)
p.ent("ORG", "县委", line=8)
p.ent("ORG", "县政府", line=8)

# ---- lines 9-10: labelled credits under the article (WeChat meta lines)
p.byline("BYLINE", "记 者 | 张子鹤 赵 鑫")
p.ent("PERSON", "张子鹤", line=9)
p.ent("PERSON", "赵 鑫", line=9)
p.byline("BYLINE", "视 觉 | 方 堃")                # pictures/video credit, labelled like 攝影:
p.ent("PERSON", "方 堃", line=10)

# ---- blocks
p.block(1, 2, "PAGE")                            # account greeting, weather widget
p.block(3, 8, "BODY", article=1)
p.block(9, 10, "BYLINE", article=1)

p.save()
