"""page-5816: 民政事務總署 (Home Affairs Department, had.gov.hk), the 觀塘區 page of its 18 districts
section (traditional-Chinese version): the welcome message of the 觀塘民政事務專員 林兆康 and the
district office's organisation chart. Text as returned by the `pages` store, from its first line;
the last line (民政事務…) is cut off mid-word in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5816", "corpus/raw/pages/5816_had_kwuntong_minzheng.txt",
         publisher="民政事務總署", date=None, script="traditional", origin="pages")

# ---- line 1: the district page's name
p.ent("ADMIN", "觀塘區", line=1)

# ---- line 2: title of the welcome message
p.ent("ADMIN", "觀塘", line=2)                      # 觀塘民政事務專員: the officer's district + title
p.ent("PERSON", "林兆康", line=2)                   # 太平紳士 (JP) is an honour, outside

# ---- line 4
p.ent("ORG", "觀塘民政事務處", line=4)

# ---- line 5
p.ent("ADMIN", "觀塘區", line=5, every=True)        # four times
p.ent("ADMIN", "香港", line=5, every=True)          # 香港第二個核心商業區, 香港其他地區
#   將軍澳–藍田隧道 (a tunnel; 將軍澳, 藍田 are places, no units), 東九文化中心 (a venue): no span

# ---- line 6
p.ent("ORG", "觀塘民政事務處", line=6)
p.ent("ORG", "民政事務總署", line=6)
#   本處 (deictic), 各相關分區委員會 (generic), 政府, 各決策局和部門: no span
p.ent("ORG", "觀塘區議會", line=6)
p.ent("ORG", "觀塘區撲滅罪行委員會", line=6)
p.ent("ORG", "觀塘區防火委員會", line=6)
p.ent("ORG", "觀塘區青年活動委員會", line=6)

# ---- line 7
p.ent("ADMIN", "觀塘", line=7)                      # 觀塘市區重建…項目: unit inside a project's name
p.ent("ADMIN", "觀塘", line=7, after="以及")         # 觀塘商貿區: unit inside a place's name (decision 2)
p.ent("ORG", "觀塘民政事務處", line=7)

# ---- line 8: heading of the organisation chart
p.ent("ORG", "觀塘民政事務處", line=8)
#   lines 9-20: posts of the chart; ( 區議會 ) is the council by its kind (no ORG, HK decision)

# ---- blocks
p.block(1, 1, "COLUMN")                             # 觀塘區: the site section's name (我的社區 > 觀塘區)
p.block(2, 2, "HEADLINE", article=1)
p.block(4, 7, "BODY", article=1)
p.block(8, 8, "CROSSHEAD", article=1)
p.block(9, 20, "BODY", article=1)

p.save()
