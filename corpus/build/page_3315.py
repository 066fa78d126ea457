"""page-3315: 新華報導 (ccss3172.blogspot.com, a 臺中 local news site, masthead 新華報導\\1987創刊),
2025-03-19, one article: 后里區里鄰長研習會 (后里區公所). Text as returned by the `pages` store, from its
title; image markup (![]() |) stripped; the last paragraph (后里區長賴同一表示…站在) is cut off
mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3315", "corpus/raw/pages/3315_houli_lilinzhang_yanxi.txt",
         publisher="新華報導", date="2025-03-19", script="traditional", origin="pages")

# ---- line 1: headline  后里區里鄰長研習會,提升基層服務效能,共創富市台中、宜居后里
p.ent("ADMIN", "后里區", line=1)
p.ent("ADMIN", "台中", line=1)                     # 富市台中: the city by its bare name
p.ent("ADMIN", "后里", line=1)                     # 宜居后里: the district by its bare name

# ---- line 2: masthead tag under the title (site's byline shape, like 鄭建勳\臺中報導)
p.byline("BYLINE", "新華報導\\1987創刊", line=2)
p.ent("ORG", "新華報導", line=2)

# ---- line 3: photo caption  后里區長賴同一
p.ent("ADMIN", "后里區", line=3)                   # 后里區長: contracted title keeps the unit (decision 15)
p.ent("PERSON", "賴同一", line=3)

# ---- line 4
p.ent("ORG", "后里區公所", line=4)
#   東達極品美饌: a restaurant (venue), no span
p.ent("ORG", "臺中市政府警察局", line=4)
p.ent("ORG", "臺中市后里區衛生所", line=4)
p.ent("ORG", "臺中市后里區戶政事務所", line=4)
p.ent("ORG", "臺中市政府消防局第五救災救護大隊后里分隊", line=4)
p.ent("ORG", "臺中市府地方稅務局豐原分局", line=4)
p.ent("ORG", "市府", line=4, after="順利推動")         # 市府 = 臺中市政府
#   公所 (bare institution type, decision 13): no span

# ---- line 5
p.ent("ORG", "臺中市政府秘書處", line=5)
p.ent("PERSON", "李政峯", line=5)
p.ent("PERSON", "盧秀燕", line=5)
p.ent("PERSON", "謝佳蓁", line=5)
#   李副處長 (surname + title): no PERSON
p.ent("ADMIN", "后里區", line=5)
p.ent("ADMIN", "臺中市", line=5)
p.ent("ADMIN", "台中", line=5)                     # 來台中置產
p.ent("ADMIN", "臺中", line=5, after="包括")        # 臺中巨蛋: a venue, the city inside it (decision 2)
p.ent("ADMIN", "臺中", line=5, after="讓")          # 讓臺中的施政
p.ent("ORG", "市府", line=5, every=True)            # four mentions

# ---- line 6: photo caption  立法委員楊瓊瓔
p.ent("PERSON", "楊瓊瓔", line=6)

# ---- line 7
p.ent("ORG", "臺中市政府民政局", line=7)
p.ent("PERSON", "洪紹欽", line=7)
p.ent("PERSON", "吳世瑋", line=7)
#   洪專委 (surname + title): no PERSON
p.ent("ORG", "市府", line=7, every=True)            # two mentions

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(4, 5, "BODY", article=1)
p.block(6, 6, "CAPTION", article=1)
p.block(7, 7, "BODY", article=1)

p.save()
