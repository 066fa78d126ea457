"""page-1708: ETtoday新聞雲 (ettoday.net, 地方焦點), 2026-02-23: the 花蓮縣政府's new-year
staff gathering (春節員工團拜), from the county's release and photos (圖／花蓮縣政府提供).
Text as returned by the `pages` store: it opens on the photo caption; the article's title
is not in the stored text, so the article has no HEADLINE block. The article is complete."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1708", "corpus/raw/pages/1708_hualien_xinchun_tuanbai.txt",
         publisher="ETtoday新聞雲", date="2026-02-23", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ---- line 1: photo caption with its credit
p.ent("ORG", "花蓮縣政府", line=1)                  # the government holds the event
p.ent("ORG", "花蓮縣政府", line=1)                  # inside the event's name (decision 2: an org in an event name is ORG)
p.byline("PHOTO", "（圖／花蓮縣政府提供，下同）", line=1)
p.ent("ORG", "花蓮縣政府", line=1)                  # the source of the photos

# ---- line 3: byline
p.byline("BYLINE", "記者王兆麟／花蓮報導", line=3)
p.ent("PERSON", "王兆麟", line=3)
p.ent("ADMIN", "花蓮", line=3)

# ---- line 5
p.ent("ORG", "花蓮縣政府", line=5)
p.ent("ORG", "花蓮縣政府", line=5)                  # 「花蓮縣政府暨115年春節員工團拜」
p.ent("ORG", "洄瀾境民俗文化龍獅戰鼓團", line=5)   # a named performing troupe
p.ent("PERSON", "徐榛蔚", line=5)                   # 縣長
p.ent("PERSON", "顏新章", line=5)                   # 副縣長
p.ent("PERSON", "饒忠", line=5)                     # 秘書長
#   各局處首長: generic
p.ent("ADMIN", "花蓮", line=5)                      # 花蓮風調雨順

# ---- line 7
p.ent("PERSON", "徐榛蔚", line=7)
p.ent("ORG", "縣府", line=7)                        # 縣府大家庭
p.ent("ORG", "縣府", line=7)                        # 縣府每位同仁
p.ent("ORG", "警察局", line=7)                      # the county's police bureau (decision 13)
p.ent("ORG", "消防局", line=7)
p.ent("ORG", "縣府", line=7)                        # 縣府同仁

# ---- line 9
p.ent("PERSON", "徐榛蔚", line=9)
p.ent("ADMIN", "花蓮", line=9)                      # 花蓮擁有…
p.ent("ORG", "縣府", line=9)                        # 縣府推動
p.ent("ADMIN", "花蓮", line=9)                      # 陪伴花蓮

# ---- line 11
p.ent("PERSON", "徐榛蔚", line=11)
p.ent("ORG", "縣府", line=11)                       # 縣府團隊
p.ent("ADMIN", "花蓮", line=11)

# ---- blocks
p.block(1, 1, "CAPTION", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
