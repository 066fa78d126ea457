"""agree-page-5215: 觀傳媒 (中彰投新聞 desk), 2025-12-25, one article on 大村鄉's
three-year policy briefing, with three photo captions. Second-pass annotation."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5215", "corpus/raw/pages/5215_guanmedia_dacun_sanzhounian.txt",
         publisher="觀傳媒", date="2025-12-25", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: source tag + reporter/desk credit, then the lead paragraph
p.byline("BYLINE", "(觀傳媒中彰投新聞)【記者周厚賢／彰化報導】", line=1)   # one credit line (decision 12 / Taiwan desk rule)
p.ent("ORG", "觀傳媒中彰投新聞", line=1)        # medium with its regional channel (鳳凰網四川頻道 precedent)
p.ent("PERSON", "周厚賢", line=1)
p.ent("ADMIN", "彰化", line=1)                  # dateline place inside the byline (decision 12)
p.ent("ORG", "大村鄉公所", line=1)
p.ent("PERSON", "賴志銘", line=1)               # 鄉長 is a title
#   公所團隊: bare 公所 (institution type, decision 13) -> no span

# ---- line 3: caption
p.ent("PERSON", "賴志銘", line=3)
p.byline("PHOTO", "（圖／記者周厚賢攝）", line=3)
p.ent("PERSON", "周厚賢", line=3)

# ---- line 5
p.ent("PERSON", "賴志銘", line=5)
#   「敬老、無礙、勤勞」: no numeral, no formula
p.ent("ADMIN", "大村鄉", line=5)
p.slogan("GROUP", "十大政見", line=5)           # the parts of his platform; items not listed

# ---- line 7: caption
p.ent("ORG", "大葉大學", line=7)                # 副校長 is a title
p.ent("PERSON", "侯雪娟", line=7)
p.ent("ORG", "大村鄉公所", line=7)
p.ent("ORG", "鄉公所", line=7)                  # level word + organ, meaning 大村鄉公所 (like 鎮政府)
p.byline("PHOTO", "（圖／記者周厚賢攝）", line=7)
p.ent("PERSON", "周厚賢", line=7)

# ---- line 9
#   賴鄉長: surname + title -> no PERSON
p.ent("ORG", "鄉民代表會", line=9)              # the township's council, acting (全體支持)
p.ent("ORG", "縣府", line=9)                    # 縣政府 contracted (市府 precedent)
p.ent("ORG", "中央", line=9)                    # the central authorities acting (肯定、經費挹注)
p.ent("ORG", "大葉大學", line=9)
p.ent("ORG", "逢甲大學", line=9)
p.ent("ADMIN", "大村鄉", line=9)

# ---- line 11: caption
p.ent("ORG", "大村鄉公所", line=11)
p.ent("PERSON", "陳素月", line=11)              # 立法委員 is a title
p.byline("PHOTO", "（圖／記者周厚賢攝）", line=11)
p.ent("PERSON", "周厚賢", line=11)

# ---- line 13
p.ent("PERSON", "賴志銘", line=13)
p.ent("ADMIN", "大村", line=13, nth=1)          # 大村農特產品 (unit inside a product, decision 2)
p.ent("ADMIN", "大村", line=13, nth=1)          # 大村葡萄
p.ent("ADMIN", "大村", line=13, nth=1)          # 造訪大村

# ---- blocks (no headline on the page)
p.block(1, 1, "BODY", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "CAPTION", article=1)
p.block(13, 13, "BODY", article=1)

p.save()
