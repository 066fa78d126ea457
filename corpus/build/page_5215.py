"""page-5215: 觀傳媒 (觀傳媒中彰投新聞), copy on Yahoo奇摩新聞, 2025-12-25, one article:
大村鄉公所 三週年施政說明會 (彰化縣大村鄉). Text as returned by the `pages` store; the stored
copy opens with the body paragraph (no title line is stored)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5215", "corpus/raw/pages/5215_guanmedia_dacun_sanzhounian.txt",
         publisher="觀傳媒", date="2025-12-25", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: source tag + reporter desk line, opening the first paragraph
p.byline("BYLINE", "(觀傳媒中彰投新聞)【記者周厚賢／彰化報導】")
p.ent("ORG", "觀傳媒中彰投新聞", line=1)        # the medium with its regional channel (one ORG)
p.ent("PERSON", "周厚賢", line=1)
p.ent("ADMIN", "彰化", line=1)                  # desk place in the dateline (decision 12)
p.ent("ORG", "大村鄉公所", line=1)
#   「鄉鎮服務三週年施政說明會」: an event, 三週年 counts years -> no slogan
p.ent("PERSON", "賴志銘", line=1)               # 鄉長賴志銘: title outside
#   公所團隊: bare 公所 (institution type, decision 13) -> no span

# ---- line 3: caption with photo credit
p.ent("PERSON", "賴志銘", line=3)
p.byline("PHOTO", "（圖／記者周厚賢攝）", line=3)
p.ent("PERSON", "周厚賢", line=3)

# ---- line 5
p.ent("PERSON", "賴志銘", line=5)
#   「敬老、無礙、勤勞」: a motto without a numeral -> no slogan
p.ent("ADMIN", "大村鄉", line=5)
p.slogan("GROUP", "十大政見", line=5)             # N大 + category: the ten planks of his platform; items not listed

# ---- line 7: caption
p.ent("ORG", "大葉大學", line=7)
p.ent("PERSON", "侯雪娟", line=7)               # 副校長 title outside
p.ent("ORG", "大村鄉公所", line=7)
p.ent("ORG", "鄉公所", line=7)                  # 向鄉公所致謝: level word + organ, the same office
p.byline("PHOTO", "（圖／記者周厚賢攝）", line=7)
p.ent("PERSON", "周厚賢", line=7)

# ---- line 9
#   賴鄉長: surname + title -> no PERSON
#   天時、地利、人和: idiom, no numeral
p.ent("ORG", "鄉民代表會", line=9)              # the township's council (level word + organ)
p.ent("ORG", "縣府", line=9)                    # short for 縣政府 (like 市府)
p.ent("ORG", "中央", line=9)                    # 縣府與中央的高度肯定: the central government acting
p.ent("ORG", "大葉大學", line=9)
p.ent("ORG", "逢甲大學", line=9)
p.ent("ADMIN", "大村鄉", line=9)

# ---- line 11: caption
p.ent("ORG", "大村鄉公所", line=11)
p.ent("PERSON", "陳素月", line=11)              # 立法委員 title outside
p.byline("PHOTO", "（圖／記者周厚賢攝）", line=11)
p.ent("PERSON", "周厚賢", line=11)

# ---- line 13
p.ent("PERSON", "賴志銘", line=13)
p.ent("ADMIN", "大村", line=13, nth=1)          # 大村農特產品
p.ent("ADMIN", "大村", line=13, nth=1)          # 大村葡萄 (unit inside a product name, decision 2)
p.ent("ADMIN", "大村", line=13, nth=1)          # 造訪大村

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "CAPTION", article=1)
p.block(13, 13, "BODY", article=1)

p.save()
