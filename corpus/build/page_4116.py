"""page-4116: 論盡媒體 (All About Macau, aamacau.com), its tag page 議員: five news teasers
(2021-01-03 … 2022-08-29), each a title line with its date and credit (文:論盡採訪組 /
文:記者小聚) and the site's own truncated lead (ending in ⋯). Page date not printed (null).
Text as returned by the `pages` store, from the tag title; the sixth item's title
(議員動議邀官員), cut off by the store, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4116", "corpus/raw/pages/4116_aamacau_tag_yiyuan.txt",
         publisher="論盡媒體", date=None, script="traditional", origin="pages")

# ---- line 2: item 1 title + date + credit
#   國安法: a law's short name, no span; 四議員: a count of people, no formula
p.byline("BYLINE", "文:論盡採訪組", line=2)      # 論盡採訪組: the outlet's desk, no ORG (desk credit)

# ---- line 4
for name in ["鄭安庭", "宋碧琪", "馬志成", "陳浩星"]:
    p.ent("PERSON", name, line=4)
p.ent("ORG", "立法會", line=4)                   # Macao's Legislative Assembly
#   政府 (bare, twice): no span; 全澳: 全 + one-character short form, no span

# ---- line 6: item 2 title
p.ent("PERSON", "高天賜", line=6)
p.ent("ORG", "選管會", line=6)                   # short form of the electoral affairs commission
p.byline("BYLINE", "文:論盡採訪組", line=6)

# ---- line 8
p.ent("PERSON", "高天賜", line=8, every=True)    # three times
p.ent("ORG", "立法會", line=8)                   # 第 6屆立法會: the term stays outside
p.ent("ORG", "葡國議會", line=8)                 # Portugal's parliament: a body (the country is no ADMIN)
#   民主派, 「民主派DQ案」: a camp and a case, no span

# ---- line 10: item 3 title
p.ent("PERSON", "區錦新", line=10)
p.ent("ADMIN", "香港", line=10)
p.slogan("PARALLEL", "一國兩制", line=10)
p.ent("ORG", "人大", line=10)                    # the NPC (national body its deputies sit in)
p.ent("ORG", "政協", line=10)                    # the CPPCC
p.byline("BYLINE", "文:記者小聚", line=10)
p.ent("PERSON", "小聚", line=10)                 # a reporter's pen name, not an institution's

# ---- line 12
p.ent("ORG", "立法會", line=12)
p.ent("PERSON", "區錦新", line=12)
p.ent("ORG", "中央政府", line=12)
p.ent("ADMIN", "香港", line=12)
#   愛國者治港: no numeral, no formula
p.ent("PERSON", "鄧小平", line=12)

# ---- line 14: item 4 title
#   羅司: surname + contracted 司長, no PERSON
p.byline("BYLINE", "文:論盡採訪組", line=14)

# ---- line 16
#   經屋湖畔、業興: public housing estates (places), no span
p.ent("ORG", "運輸工務司", line=16)              # Macao's secretariat (28NN decision); 司長 is the title
p.ent("PERSON", "羅立文", line=16)
p.ent("ORG", "立法會", line=16)

# ---- line 18: item 5 title
p.ent("ORG", "社協", line=18)                    # short form of 社會協調常設委員會
p.byline("BYLINE", "文:論盡採訪組", line=18)

# ---- line 20
p.ent("ORG", "社會協調常設委員會", line=20)       # quotes wrap the whole name: outside
p.ent("ORG", "社協", line=20)                    # 社協全體大會: the meeting stays outside
#   勞資政三方: a count of parties in prose, no formula

# ---- blocks
p.block(1, 1, "COLUMN")                          # the tag (section) name the page lists
for i, (h, b) in enumerate([(2, 4), (6, 8), (10, 12), (14, 16), (18, 20)], start=1):
    p.block(h, h, "HEADLINE", article=i)         # title line, with its date and 文: credit
    p.block(b, b, "BODY", article=i)

p.save()
