"""page-2616: 華僑報 (Va Kio Daily, Macau; vakiodaily.com), one article on 夏寶龍's visit to four
Macau associations, as returned by the `pages` store (it opens at the body: no title stored;
the last paragraph, cut off mid-sentence after 並, is dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2616", "corpus/raw/pages/2616_vakio_xiabaolong_shetuan.txt",
         publisher="華僑報", date=None, script="traditional", origin="pages")

# ---- line 1   (【專訪】: a genre label, names no source or author: no byline span)
p.ent("ORG", "中央港澳工作辦公室", line=1)
p.ent("ORG", "國務院港澳事務辦公室", line=1)   # sub-unit written after its organisation: one ORG
p.ent("PERSON", "夏寶龍", line=1)
p.ent("ORG", "工聯", line=1)                  # 工聯大廈: the federation visited, its building a place
p.ent("ORG", "坊眾學校", line=1)
p.ent("ORG", "中華教育會", line=1)
p.ent("ORG", "婦聯", line=1)                  # 婦聯綜合服務大樓: as 工聯大廈
p.ent("ORG", "歸僑總會", line=1)
#   本澳: deictic, no span; bare 政府 (社團協助政府社會治理): generic
p.ent("ORG", "特區政府", line=1)

# ---- line 2: crosshead, no entity

# ---- line 3
p.ent("ORG", "社會文化司", line=3)
p.ent("PERSON", "歐陽瑜", line=3)
p.ent("PERSON", "夏寶龍", line=3)
p.ent("ORG", "歸僑總會", line=3)
#   夏主任 (x3): surname + title, no PERSON
p.ent("ADMIN", "澳門", line=3, nth=1)
p.slogan("GROUP", "六大優勢", line=3)         # only two of the six are named: no expansion
p.ent("ORG", "特區政府", line=3)
p.ent("ADMIN", "澳門", line=3, after="同時")
#   雙層式社保: 雙層 an ordinary word here (two-tier), no formula; 特區和祖國: level word, no span

# ---- line 4
p.ent("ADMIN", "澳門", line=4, every=True)
p.ent("ORG", "特區政府", line=4, every=True)

# ---- line 5
p.ent("PERSON", "歐陽瑜", line=5)
p.ent("ADMIN", "北京", line=5)
p.ent("ADMIN", "澳門特區", line=5)
p.ent("ADMIN", "澳門", line=5, every=True)         # the one left free: 成為澳門其中一個

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "CROSSHEAD", article=1)
p.block(3, 5, "BODY", article=1)

p.save()
