"""page-6016: 惠东县人民政府 (county portal of 惠东县, 惠州市, 广东; path hdxwz/zwgk/zwdt/zjdt), one item:
the county people's congress standing committee's deputy director 鄭駒 inspects 寶口鎮. Text as
returned by the `pages` store from the mirror yhser.com, which converted the page to traditional
script and glued pinyin glosses after some characters (鎮(zhèn)); the stored page has no title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6016", "corpus/raw/pages/6016_huidong_baokou_renda_diaoyan.txt",
         publisher="惠东县人民政府", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1
p.ent("ORG", "縣人大常委會預算工委", line=1)   # a sub-unit written after its organ: one ORG
p.ent("ORG", "縣人大常委會", line=1)
p.ent("PERSON", "鄭駒", line=1)
p.ent("ADMIN", "寶口鎮", line=1)                # the gloss (zhèn) after it stays outside (57NN)
p.slogan("PARALLEL", "百千萬工程", line=1)      # “百千萬工程” (百县千镇万村): PARALLEL, lexicon decision
p.ent("PERSON", "陳玉強", line=1)
p.ent("ORG", "鎮(zhèn)人大", line=1)           # the town's people's congress (level word + organ); gloss inside
p.ent("PERSON", "徐文真", line=1)

# ---- line 2
p.ent("PERSON", "鄭駒", line=2)
p.ent("ADMIN", "塘南村", line=2)
p.ent("ADMIN", "聯(lián)和村", line=2)             # gloss inside the span
#   人大建議辦理資金項目: 人大 names the kind of suggestion (deputies'), no span
p.slogan("PARALLEL", "五好兩宜", line=2)

# ---- line 3
p.ent("PERSON", "鄭駒", line=3)
#   “時時放心不下”: no numeral, no formula; 補短板強弱項: no numeral

# ---- line 4
p.ent("PERSON", "鄭駒", line=4)
#   人大建議資金項目: no span (as on line 2)
# 實現村集體經濟與農民收入“雙提升”: the two things raised are printed right before the count
p.slogan("GROUP", "雙提升", line=4,
         expansion=None)
dbl = p.slogans[-1]
items = []
lo = p.line_bounds[3][0]
for it in ["村集體經(jīng)濟", "農(nóng)民收入"]:
    hits = [h for h in p.find_all(it, lo, dbl["start"])]
    items.append(list(hits[-1]))     # the occurrence nearest before the formula
dbl["expansion"] = items
p.slogan("PARALLEL", "五好兩宜", line=4)

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
