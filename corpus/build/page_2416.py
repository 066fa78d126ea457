"""page-2416: 澳門力報 (exmoo.com, 澳門 news listing page p623), early 2024 (甲辰元宵; no printed
date). The stored page is a list of five news leads without titles; each paragraph is one item
(one article). Text as returned by the `pages` store; the last lead, cut off mid-sentence
(去(2023)年澳門整體), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2416", "corpus/raw/pages/2416_exmoo_macau_shetuan_xinchun.txt",
         publisher="澳門力報", date=None, script="traditional", origin="pages")

# ---- line 1 (article 1): 中華青年進步協會 AGM
p.ent("ORG", "中華青年進步協會", line=1)
p.ent("ORG", "民建聯", line=1)                 # 民建聯大禮堂: the hall is a venue, its owner an ORG
p.ent("ORG", "中聯辦台務部", line=1)           # sub-unit with its parent (decision 13)
p.ent("PERSON", "李永剛", line=1)
p.ent("ORG", "全國人大", line=1)               # 全國人大代表: title keeps its organ
p.ent("ORG", "立法會", line=1)                 # 立法會議員
p.ent("ORG", "青進協", line=1)                 # short form of 中華青年進步協會 (創會會長)
p.ent("PERSON", "施家倫", line=1)
p.ent("PERSON", "林英培", line=1)
p.ent("PERSON", "張森華", line=1)

# ---- line 2 (article 2): 元宵 party
#   一元復始: idiom, no formula
p.ent("ORG", "澳門文化體", line=2)             # the organiser as printed (name looks cut: see notes)
p.ent("ORG", "婆仔屋文創空間", line=2, nth=1)  # co-organiser that acts (聯同…延續…活動)
#   在婆仔屋文創空間庭園: the venue, no span (decision 14)
p.ent("ADMIN", "望德堂區", line=2)             # one of Macau's parishes (堂區): see notes

# ---- line 3 (article 3): 民康會 AGM
p.ent("ORG", "澳門民康精神健促進會", line=3)
p.ent("ORG", "民康會", line=3)
#   政府公報 (the gazette, a publication), 該會 (deictic): no span

# ---- line 4 (article 4): 工聯北區綜合服務中心
p.ent("ORG", "工聯北區綜合服務中心", line=4, every=True)   # two mentions
p.ent("ORG", "澳門工會聯合總會", line=4)
p.ent("PERSON", "梁普宇", line=4)
p.ent("PERSON", "鄧應南", line=4)

# ---- line 5 (article 5): 深合區 briefing at 澳門婦聯總會
p.ent("ADMIN", "橫琴粵澳深度合作區", line=5)    # a government-run zone (decision 3); 副主任 = contracted title
p.ent("PERSON", "蘇崑", line=5)
p.ent("ORG", "澳門婦聯總會", line=5)
p.ent("ADMIN", "深合區", line=5)               # short form of the zone, inside a policy phrase (decision 2)
p.ent("ORG", "婦聯總會", line=5)
p.ent("PERSON", "劉金玲", line=5)
p.ent("PERSON", "袁小菱", line=5)
p.ent("PERSON", "容永恩", line=5)

# ---- blocks: five leads, one article each, no titles on the stored page
for n in range(1, 6):
    p.block(n, n, "BODY", article=n)

p.save()
