"""page-5316: 今日澳門 (todaymacao.com), 2021-06-12 (date from the page address), one article:
mRNA疫苗接種年齡_本澳將下調至十二歲. Text as returned by the `pages` store, from its title; the
page title is printed again as the paper's three-line deck."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5316", "corpus/raw/pages/5316_todaymacao_mrna_yimiao.txt",
         publisher="今日澳門", date="2021-06-12", script="traditional", origin="pages")

#   本澳 (lines 1, 7, 9, 13, 15): 本 + the one-character short form 澳, no ADMIN (held-out decision)

# ---- line 9: source tag + first paragraph
p.byline("BYLINE", "【本報訊】", line=9)
#   本澳專家小組: a bare 專家小組, no span
p.ent("ORG", "新型冠狀病毒感染應變協調中心", line=9)
p.ent("ORG", "衛局", line=9)                       # 衛局正進行…: short form of 衛生局, one specific body (decision 13)

# ---- line 11
p.ent("ORG", "衛生局", line=11)                     # 衛生局疫苗接種協調員 -> ORG + title
p.ent("PERSON", "戴華浩", line=11)
#   藥廠: generic, no span

# ---- line 13
p.ent("PERSON", "戴華浩", line=13)

# ---- line 17
p.ent("ORG", "應變協調中心", line=17)               # short form of 新型冠狀病毒感染應變協調中心
#   綜藝館社區疫苗接種站: a venue / vaccination station, no span (decision 14)

# ---- line 19
p.ent("ORG", "鏡湖醫院", line=19)                   # hospitals are ORG (§2)
p.ent("ORG", "科大醫院", line=19)
#   台山: a Macau neighbourhood, not a unit of any administrative hierarchy, no span
p.ent("ORG", "工人醫療所", line=19)                 # a named clinic
p.ent("ORG", "國藥", line=19)                       # 國藥新冠疫苗: the maker (Sinopharm) named in the vaccine's name (doubtful, see notes)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)     # the page's title
p.block(3, 3, "HEADLINE", article=1)     # the same title printed again as a three-line deck
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "HEADLINE", article=1)
p.block(9, 19, "BODY", article=1)

p.save()
