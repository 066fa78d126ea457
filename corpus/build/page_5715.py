"""page-5715: 自由時報 (Liberty Times, news.ltn.com.tw, print edition 生活 section), 2025-10-21, one article:
屏縣敬老、博愛卡升級 11月起每月千點 (記者葉永騫／屏東報導). Text as returned by the `pages` store,
from its title; the last paragraph, cut off mid-sentence by the store (華山社區的長者表示，…趴趴), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5715", "corpus/raw/pages/5715_ltn_pingtung_jinglaoka.txt",
         publisher="自由時報", date="2025-10-21", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "屏縣", line=1)                       # 屏縣 = 屏東縣 by its short form and level (like 海西州)

# ---- line 3: timestamp + reporter line with desk (decision 12: the desk's place is ADMIN; time outside)
p.byline("BYLINE", "記者葉永騫／屏東報導", line=3)
p.ent("PERSON", "葉永騫", line=3)
p.ent("ADMIN", "屏東", line=3)

# ---- line 4: photo caption with its credit
p.ent("ADMIN", "屏東", line=4)                       # 屏東敬老、博愛卡
p.byline("PHOTO", "（記者葉永騫攝）", line=4)
p.ent("PERSON", "葉永騫", line=4)

# ---- line 8
p.ent("ADMIN", "屏東縣", line=8)                     # 屏東縣長 -> ADMIN + title (decision 15)
p.ent("PERSON", "周春米", line=8)

# ---- line 12
p.ent("PERSON", "周春米", line=12)
p.ent("ORG", "台鐵", line=12)                        # the railway company (named enterprise)
#   東琉線, 鹽琉線: ferry routes (one-character abbreviations 東港/琉球, 鹽埔/琉球): no span
p.ent("ORG", "大福航運", line=12)                    # shipping company
p.ent("ORG", "琉興航運", line=12)                    # shipping company
#   YouBike: a bike-sharing brand, no span
p.ent("ADMIN", "屏東市", line=12)                    # 屏東市國民運動中心: a venue, unit inside (decision 14)

# ---- line 14
p.ent("PERSON", "周春米", line=14)
#   全縣三十三處鄉（鎮、市）公所: generic, no span
p.ent("ADMIN", "屏東縣", line=14)
p.ent("ADMIN", "高雄市", line=14)
p.ent("ORG", "台灣大車隊", line=14)                  # taxi company

# ---- line 16: crosshead 需至各公所過卡 (各公所 generic)

# ---- line 18
p.ent("ORG", "屏縣府", line=18)                      # short for 屏東縣政府 (like 南市府)

# ---- line 20
#   縣議員: a title, no ORG
p.ent("PERSON", "梁育慈", line=20)
p.ent("ADMIN", "屏東", line=20)                      # 屏東敬老、博愛卡

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 2025/10/21 05:30 記者葉永騫／屏東報導
p.block(4, 4, "CAPTION", article=1)    # lead picture's caption with its PHOTO credit
p.block(6, 6, "SUBHEAD", article=1)    # 使用範圍加碼計程車、復康巴士及國道客 (before the first paragraph; adds facts)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(12, 14, "BODY", article=1)
p.block(16, 16, "CROSSHEAD", article=1)
p.block(18, 20, "BODY", article=1)

p.save()
