"""page-2815: hualien-news.com (花蓮 local news site; publisher inferred from the domain, the stored
text carries no masthead), dated 2024-12-27 on the page; one article: 施政滿六週年 花蓮縣長徐榛蔚….
Text as returned by the `pages` store, from its title; the date line above the title and a last
paragraph cut off mid-sentence (而放眼國際舞) are not taken."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2815", "corpus/raw/pages/2815_hualien_xu_six_years.txt",
         publisher="hualien-news.com", date="2024-12-27", script="traditional", origin="pages")

# ---- organisations and county-level ADMIN with a contracted title first (longer strings)
p.ent("ORG", "花蓮縣政府", line=2)
p.ent("ORG", "花蓮縣議會", line=6)
for ln in (1, 2, 4, 6):
    p.ent("ADMIN", "花蓮縣", line=ln)               # 花蓮縣長 -> ADMIN 花蓮縣 + title (decision 15)

# ---- PERSON: every 徐榛蔚 (徐縣長 alone is surname + title: no span)
p.ent("PERSON", "徐榛蔚", every=True)

# ---- 縣府 (short for 縣政府) acting: ORG; 縣府前石雕公園 is a park named after the building: no span
p.ent("ORG", "縣府", line=2, nth=1)                 # 帶領縣府團隊
p.ent("ORG", "縣府", line=2, after="徐縣長承諾")     # 率縣府團隊
p.ent("ORG", "縣府", line=6)                        # 縣府各局處夥伴
p.ent("ORG", "縣府", line=7)                        # 帶領縣府團隊
p.ent("ORG", "中央", line=2)                        # 與地方及中央攜手合作: the central authorities

# ---- every remaining 花蓮: the county, also inside brands and slogans (decision 2)
p.ent("ADMIN", "花蓮", every=True)
p.ent("ADMIN", "Hualien", line=4)                   # 花蓮赫茲 Hualien Herzts: the county's romanised name

# ---- slogans
p.slogan("COUNT", "5個ㄐㄧㄥˋ", line=4)              # the county's "five jing" brand; items not spelled out

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 7, "BODY", article=1)

p.save()
