"""page-4016: 新華澳報 (waou.com.mo, 澳門), 2014-08-19 (from the page address; no date is printed
on the stored text), one article: 街總對政府未來施政期望多 收集意見交崔世安.
Text as returned by the `pages` store, from its title; nothing cut."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4016", "corpus/raw/pages/4016_waou_jiezong_shizheng.txt",
         publisher="新華澳報", date="2014-08-19", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "街總", line=1)                         # short name of 澳門街坊會聯合總會
#   政府 (the government in general): no span
p.ent("PERSON", "崔世安", line=1)

# ---- line 3: source tag + first paragraph
p.byline("BYLINE", "【本報訊】")                      # source tag like 本報訊 (25NN decision)
p.ent("ORG", "街坊總會大廈工作委員會", line=3)        # a committee written after its federation: one ORG
p.ent("ORG", "大廈管理資源中心", line=3)              # the federation's named centre
p.ent("ORG", "特區政府", line=3)                     # inside the forum's name: organ inside an event (decision 2)
p.ent("ORG", "街坊總會", line=3)                     # 街坊總會向第三屆行政長官提出…
#   第三屆行政長官: a title; 特區未來施政: level word, no span

# ---- line 5
#   第四屆政府: generic 政府, no span
p.ent("ORG", "街坊總會大廈管理資源中心", line=5)      # sub-unit with its parent: one ORG
p.ent("PERSON", "程順明", line=5)
p.ent("ORG", "街坊總會", line=5)                     # 街坊總會名譽會長 -> ORG + title
for name in ["馮金水", "梁慶球", "姚汝祥", "莫偉成", "周宜心", "黃祖添", "李卓君", "陸南德"]:
    p.ent("PERSON", name, line=5)
p.ent("ORG", "街坊總會", line=5)                     # 多位街坊總會負責人

# ---- line 7
#   本澳: deictic; 「澳人澳地」: a policy slogan without a numeral, no formula
p.ent("ORG", "特區政府", line=7)

# ---- line 9
p.ent("ADMIN", "澳門", line=9)                       # 這十年澳門的經濟發展
#   路城 (路氹城, reclaimed land): a place, no unit; 本澳, 政府, 博企: no span

# ---- line 11
#   政府 (twice), 全澳各區: no span
p.ent("ORG", "特區政府", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "BODY", article=1)

p.save()
