"""page-2816: 市民日報 (Macau, shimindaily.net, news/macau section), undated; one article on the
40th-anniversary reception of 澳門街坊會聯合總會 (url slug: 街總慶40載續推動社服高質發展).
Text as returned by the `pages` store: the store begins at 【本報訊】 (no title line is stored);
a last paragraph cut off mid-sentence (她續稱,…街總認真學習領會國) is not taken."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2816", "corpus/raw/pages/2816_shimin_kaifong_40.txt",
         publisher="市民日報", date=None, script="traditional", origin="pages")

# ---- line 1: source tag + lead paragraph
p.byline("BYLINE", "【本報訊】")                     # source tag (25NN: 【本報消息】 is one)
p.ent("ORG", "澳門街坊會聯合總會", line=1)
p.ent("PERSON", "吳小麗", line=1)
p.ent("ORG", "街總", line=1)                        # short form of 街坊總會
p.slogan("PARALLEL", "一國兩制", line=1)
#   「愛國者治澳」: no numeral; 澳 alone is a one-character short form (no ADMIN)
p.slogan("GROUP", "20字方針", line=1,               # the association's twenty-character motto; items in line 4
         expansion=["團結坊眾", "參與社會", "關注民生", "服務社群", "共建特區"])
#   琴澳: two one-character short forms (橫琴, 澳門): no ADMIN
p.ent("ADMIN", "澳門", line=1, after="壯大")         # 壯大澳門「新質生產力」

# ---- line 2: the guests
#   旅遊塔4樓宴會廳: a venue, no span; 行政長官: a title
p.ent("PERSON", "賀一誠", line=2)
p.ent("ORG", "全國政協", line=2)
p.ent("PERSON", "何厚鏵", line=2)
p.ent("ORG", "中聯辦", line=2, nth=1)
p.ent("PERSON", "鄭新聰", line=2)
p.ent("ORG", "外交部", line=2)                       # 外交部駐澳特派員: the ministry + the commissioner's title
p.ent("PERSON", "劉顯法", line=2)
p.ent("ORG", "全國人大", line=2)                     # 全國人大常委 (a member's title) -> the organ, like 市委常委 -> 市委
p.ent("ORG", "立法會", line=2)
p.ent("PERSON", "高開賢", line=2)
p.ent("ORG", "國家民政部", line=2)
p.ent("PERSON", "唐承沛", line=2)
p.ent("ORG", "中聯辦", line=2)                       # the second, 中聯辦副主任 (the first is taken)
p.ent("PERSON", "嚴植嬋", line=2)
p.ent("ORG", "行政法務司", line=2)                   # 行政法務司司長 -> the secretariat + title (decision 15)
p.ent("PERSON", "張永春", line=2)
p.ent("ORG", "保安司", line=2)
p.ent("PERSON", "黃少澤", line=2)
p.ent("ORG", "社會文化司", line=2)
p.ent("PERSON", "歐陽瑜", line=2)
p.ent("ORG", "中華人民共和國中央社會工作部一局", line=2)   # a sub-unit with its parent, as written
p.ent("PERSON", "周麗", line=2)
p.ent("ORG", "廣東省民政廳", line=2)
p.ent("PERSON", "熊松", line=2)
p.ent("ORG", "街總", line=2)
p.ent("PERSON", "吳小麗", line=2)
p.ent("PERSON", "陳家良", line=2)
p.ent("PERSON", "梁慶球", line=2)

# ---- line 4
p.ent("PERSON", "吳小麗", line=4)
p.ent("ORG", "街坊總會", line=4)
p.slogan("GROUP", "20字方針", line=4)               # second mention, no expansion
#   「愛國愛澳」, 「立會為民、以人為本」: no numeral; 全澳: a level-like word, no span
p.ent("ORG", "街總", line=4, nth=1)
p.ent("ORG", "街總", line=4)                        # the second (first taken)

# ---- blocks
p.block(1, 2, "BODY", article=1)
p.block(3, 3, "CROSSHEAD", article=1)
p.block(4, 4, "BODY", article=1)

p.save()
