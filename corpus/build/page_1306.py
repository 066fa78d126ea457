"""page-1306: 香港警務處《警聲》 (police.gov.hk/offbeat), district news items (pages store)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1306", "corpus/raw/pages/1306_hkpolice_offbeat.txt", publisher="香港警務處《警聲》",
         date=None, script="traditional", origin="pages")

# ---------------------------------------------------------------- spans
p.ent("ORG", "警聲", line=1)                     # the force's newsletter (media), page banner

# article 1: 葵青警區
p.ent("ORG", "葵青警區", line=5)
L = 7
p.ent("ORG", "葵青區撲滅罪行委員會", line=L, nth=1)
p.ent("PERSON", "楊凱山", line=L)
p.ent("ORG", "葵青區議會", line=L)
p.ent("PERSON", "方平", line=L)
p.ent("PERSON", "羅競成", line=L)
p.ent("ORG", "葵青區撲滅罪行委員會", line=L, nth=1)  # second (first now taken)
p.ent("PERSON", "黃耀聰", line=L)
p.ent("ORG", "滅罪會", line=L)                    # short form of the committee just named
p.ent("ORG", "葵青警區", line=L)                  # 青衣警署 is a venue: no span
L = 9
p.ent("PERSON", "楊凱山", line=L)
p.ent("ORG", "香港警隊", line=L)
p.ent("PERSON", "方平", line=L)
p.ent("ORG", "香港警察", line=L)                  # named inside the banner's motto
p.ent("ORG", "葵青警區", line=L, every=True)      # 予葵青警區, 葵青警區總警司, 雖然葵青警區
p.ent("PERSON", "建華", line=L)
p.ent("ORG", "葵青區撲滅罪行委員會", line=L)
p.ent("ORG", "區議會", line=L)                    # 葵青區撲滅罪行委員會和區議會: the district's council

# article 2: 東區警區
p.ent("ORG", "東區警區", line=11)
L = 13
p.ent("ORG", "立法會", line=L)                    # 立法會議員
p.ent("PERSON", "鍾樹根", line=L)
p.ent("ORG", "東區區議會", line=L)
p.ent("PERSON", "黃建彬", line=L)
p.ent("ADMIN", "東區", line=L, after="多名")      # 東區區議員: contracted title keeps the unit
p.ent("ORG", "東區警區", line=L, nth=1)
p.ent("PERSON", "葉智強", line=L)
p.ent("ORG", "北角分區", line=L)
p.ent("PERSON", "梁仁傑", line=L)
p.ent("ORG", "柴灣分區", line=L, nth=1)
p.ent("PERSON", "黃國賢", line=L)
p.ent("ORG", "東區警區", line=L, nth=1)          # second (first now taken)
p.ent("PERSON", "曾繁瀚", line=L)
p.ent("ORG", "柴灣分區", line=L, nth=1)          # 柴灣分區助理指揮官
p.ent("PERSON", "楊永佳", line=L)
p.ent("ORG", "北角分區特遣隊", line=L)
p.ent("ORG", "柴灣分區軍裝部第一巡邏小隊", line=L)
L = 15
p.ent("ORG", "東區區議會", line=L)
p.ent("PERSON", "周潔冰", line=L)                # 位於北角: North Point is no HK unit, no span
p.ent("ORG", "北角分區特遣隊", line=L)
p.ent("ORG", "柴灣軍裝部第一小隊", line=L)
p.ent("PERSON", "鍾樹根", line=L)

# article 3: 北角分區
p.ent("ORG", "北角分區", line=17)
L = 19
p.ent("ORG", "北角分區巡邏小隊第三隊", line=L)   # 北角警署 (venue) and 北角 (area): no span
p.ent("PERSON", "鄧偉權", line=L)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "PAGE")          # 警聲 banner
p.block(3, 3, "PAGE")          # photo count "4 張相片"
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 9, "BODY", article=1)
p.block(11, 11, "HEADLINE", article=2)
p.block(13, 15, "BODY", article=2)
p.block(17, 17, "HEADLINE", article=3)
p.block(19, 19, "BODY", article=3)

p.save()
