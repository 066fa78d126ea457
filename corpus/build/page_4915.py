"""page-4915: g15.village.tw (Taiwan local news site, 在地新聞 section), 2025-12-25, one article:
屏東首位女縣長執政三週年 周春米細數施政成果. Text as returned by the `pages` store, from its
section banner; the last teaser paragraph of the related-news list was cut mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4915", "corpus/raw/pages/4915_village_pingtung_zhouchunmi.txt",
         publisher="g15.village.tw", date="2025-12-25", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 3: headline
p.ent("ADMIN", "屏東", line=3)
p.ent("PERSON", "周春米", line=3)

# ---- line 5: byline
p.byline("BYLINE", "記者林豊雅/屏東報導")
p.ent("PERSON", "林豊雅", line=5)
p.ent("ADMIN", "屏東", line=5)

# ---- line 6: lead picture caption
p.ent("ADMIN", "屏東縣", line=6)                      # 屏東縣長 -> ADMIN 屏東縣 (decision 15)
p.ent("PERSON", "周春米", line=6)
p.ent("ADMIN", "屏東", line=6, after="承諾")            # slogan 「屏東更好」: unit inside (decision 2)
p.byline("PHOTO", "圖_屏東縣政府提供", line=6)
p.ent("ORG", "屏東縣政府", line=6)

# ---- line 7
p.ent("ADMIN", "屏東縣", line=7)
p.ent("PERSON", "周春米", line=7)
p.ent("ORG", "縣府", line=7)                           # 縣府|大禮堂: the hall is a room, no part of the body

# ---- line 8
p.ent("ORG", "縣府", line=8)
p.ent("ADMIN", "屏東", line=8)                         # theme 「屏東Running 1000」: unit inside
#   「好屏,看得見」: 屏 is a one-character abbreviation, no span
p.ent("PERSON", "周春米", line=8)
p.ent("ORG", "長期照護處", line=8)                      # the county's new department (quotes wrap the whole name)

# ---- line 9: photo credit alone
p.byline("PHOTO", "圖_屏東縣政府提供", line=9)
p.ent("ORG", "屏東縣政府", line=9)

# ---- line 10: the three policy pillars, each a complete N大 formula
p.slogan("GROUP", "十大貼心", line=10)
p.slogan("GROUP", "十大精彩", line=10)
p.slogan("GROUP", "十大建設", line=10)
p.ent("ADMIN", "屏東", line=10)

# ---- line 11
p.ent("ORG", "縣府", line=11)

# ---- line 12
p.ent("PERSON", "周春米", line=12)
p.ent("ORG", "縣府", line=12)
p.ent("ADMIN", "屏東", line=12, every=True)            # 「屏東的建設…」, 期許屏東, 讓屏東更好

# ---- line 19: related-news link title
p.ent("ADMIN", "中壢", line=19)                         # 中壢男: 桃園市中壢區 as a place

# ---- blocks
p.block(1, 2, "COLUMN")          # 在地新聞 (site section, printed twice)
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "PAGE")            # date-only line
p.block(5, 5, "BYLINE", article=1)
p.block(6, 6, "CAPTION", article=1)
p.block(7, 8, "BODY", article=1)
p.block(9, 9, "CAPTION", article=1)
p.block(10, 12, "BODY", article=1)
p.block(13, 19, "PAGE")          # 您可能有興趣, link placeholders, related link title

p.save()
