"""page-6015: 馬祖資訊網 (matsu.idv.tw), 2025-01-01, one forum post: 東引鄉長林德建2025新年感言
(the township head's New Year message, posted by 小編). Text as returned by the `pages` store,
from its title line; the breadcrumb above it and the cut last paragraph were left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6015", "corpus/raw/pages/6015_matsu_dongyin_xinnian_ganyan.txt",
         publisher="馬祖資訊網", date="2025-01-01", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: title (主題: …)
p.ent("ADMIN", "東引鄉", line=1)          # 東引鄉長 -> ADMIN 東引鄉 + title (decision 15)
p.ent("PERSON", "林德建", line=1)

# ---- line 2: 作者: 小編 < > 發表時間: … (小編 is a site account/role, names no one: no span)

# ---- line 3: lead quote
p.ent("ADMIN", "東引", line=3)

# ---- line 5
#   公所團隊: bare 公所 (institution type without its unit), no span
p.ent("PERSON", "德建", line=5)           # the head's given name as self-reference
p.ent("ADMIN", "東引鄉", line=5)          # 東引鄉的鄉親
p.ent("ADMIN", "東引", line=5, after="也讓")

# ---- line 7
p.ent("ORG", "縣府", line=7)
p.ent("ADMIN", "東引", line=7)            # 東引鄉親 (鄉親 is a word, cf. 南海|鄉親)
p.ent("PERSON", "德建", line=7)
p.ent("ADMIN", "東引", line=7, after="德建")   # 東引的鄉親

# ---- line 9
p.ent("ORG", "中華民國陸軍軍樂隊", line=9)
p.ent("ORG", "東引指揮部", line=9)
p.ent("ORG", "東引幼兒園", line=9)
p.ent("ORG", "陸軍軍樂隊", line=9, after="特別是")
p.ent("ADMIN", "東引", line=9, after="遠渡重洋的來到")
p.ent("ADMIN", "東引", line=9, after="每年陪")      # 東引鄉親
p.ent("ORG", "縣府", line=9)
p.ent("PERSON", "張龍德", line=9)
p.ent("ORG", "東引指揮部", line=9, after="秘書長")
p.ent("PERSON", "林主典", line=9)
p.ent("PERSON", "林哲弘", line=9)
p.ent("ORG", "東指部", line=9)            # short form of 東引指揮部
p.ent("ORG", "東引鄉民代表會", line=9)
p.ent("PERSON", "劉家宏", line=9)
p.ent("PERSON", "張雪華", line=9)
p.ent("PERSON", "王維德", line=9)
p.ent("PERSON", "林宇超", line=9)
p.ent("ADMIN", "東引鄉", line=9, after="林宇超代表")
p.ent("PERSON", "陳昌龍", line=9)
p.ent("PERSON", "陳志忠", line=9)
p.ent("ORG", "東引國中小", line=9)
p.ent("PERSON", "鄭子駿", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                     # author/time meta line whose author is a site role
p.block(3, 3, "BODY", article=1)
p.block(5, 9, "BODY", article=1)

p.save()
