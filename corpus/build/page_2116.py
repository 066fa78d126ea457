"""page-2116: 更生日報 (tssdnews.com.tw, Hualien; page as syndicated on Yahoo trendr), date not
printed, one article: 縣政總質詢 徐榛蔚:府會攜手共創願景. Text as returned by the `pages` store,
from its title; the store's opening ends at a complete paragraph."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2116", "corpus/raw/pages/2116_tssd_hualien_zongzhixun.txt",
         publisher="更生日報", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "徐榛蔚", line=1)
#   府會 (縣府 and 縣議會 contracted into one word): names no single body, no span

# ---- line 3
#   第十九屆第四次定期大會: a session (meeting), no span
p.ent("ADMIN", "花蓮縣", line=3)                     # 花蓮縣長 -> ADMIN + title (decision 15)
p.ent("PERSON", "徐榛蔚", line=3)
p.ent("ORG", "縣府", line=3)                         # 縣府團隊: 縣府 = 縣政府
p.ent("ADMIN", "花蓮", line=3, after="共創")          # 共創花蓮願景
p.ent("ADMIN", "花蓮", line=3, after="幸福")          # 「幸福花蓮、花園城市」: brand, unit inside (decision 2)

# ---- line 5
p.ent("PERSON", "徐榛蔚", line=5)
p.ent("ORG", "花蓮縣議會", line=5)
p.ent("ORG", "花蓮縣政府", line=5)
p.ent("ORG", "縣政府", line=5)                       # 讓縣政府用寬廣的角度
p.ent("ADMIN", "花蓮", line=5, after="企盼")

# ---- line 7
#   徐縣長: surname + title, no PERSON
p.ent("ORG", "花蓮縣政府", line=7, nth=1)
p.ent("ADMIN", "台灣", line=7)                       # 全台灣第一個: Taiwan as a place
#   國家卓越建設獎 (an award), 青年安心成家住宅 (a project): no span
p.ent("ORG", "花蓮縣政府", line=7)                   # 花蓮縣政府在有限的資源
p.ent("ADMIN", "花蓮縣", line=7)                     # 把花蓮縣推向…健康城市

# ---- line 9
p.ent("ORG", "縣政府", line=9)
#   第三次定期大會: a session; 中山公園: a place, no span

# ---- line 11
p.ent("ORG", "花蓮縣政府", line=11)
p.ent("ORG", "中央", line=11)                        # 向中央爭取: the central authorities acting
p.ent("ORG", "台泥", line=11)                        # 台灣水泥 by its short form (enterprise)

# ---- line 13
p.ent("ORG", "中央政府", line=13)
p.ent("ORG", "花蓮縣政府", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 13, "BODY", article=1)

p.save()
