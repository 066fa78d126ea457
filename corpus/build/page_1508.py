"""page-1508: 指傳媒 (fingermedia.tw) carrying a 屏東縣政府警察局 release, traditional script.

Annotated by strings with spanlib; offsets are computed by code.
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1508", "corpus/raw/pages/1508_fingermedia_wutai_fandu.txt",
         publisher="指傳媒", date=None, script="traditional", origin="pages")

# ---------------------------------------------------------------- spans
# ORG (longest first)
p.ent("ORG", "屏東縣政府警察局", every=True)   # lines 1, 3, 5, 13-16 (7 times)
p.ent("ORG", "屏東縣警察局")                   # line 12, 屏東縣警察局長 (contracted title keeps the organ)
p.ent("ORG", "里港警分局")                     # line 6
p.ent("ORG", "刑警大隊")                       # line 9, 刑警大隊長: the bureau's criminal investigation corps
p.ent("ORG", "警察局", line=12, nth=1)         # line 12, 警察局除了… (the 警察局 inside 屏東縣警察局 is taken)

# PERSON
p.ent("PERSON", "車牧勒薩以‧拉勒格安Cemelesai Ljaljegan")   # 屏東縣議員, name in Paiwan romanisation and characters
p.ent("PERSON", "顏金成")
p.ent("PERSON", "杜正吉")                      # 霧臺鄉長
p.ent("PERSON", "杜勇賢")                      # 霧臺鄉主席 (鄉民代表會主席)
p.ent("PERSON", "江雅文")                      # 屏東縣警察局長

# ADMIN
p.ent("ADMIN", "屏東縣", line=5)               # 屏東縣地勢最高的鄉鎮
p.ent("ADMIN", "屏東縣", line=6)               # 屏東縣議員 (contracted title: the county)
p.ent("ADMIN", "屏東", every=True)             # 前進屏東最高的鄉鎮 in the six title lines
p.ent("ADMIN", "霧臺鄉", every=True)           # titles x6, lines 5, 6 (x4)
p.ent("ADMIN", "泰武鄉")                       # line 5

# ---------------------------------------------------------------- slogans
p.slogan("GROUP", "四大工作重點")              # parts of the 新世代反毒策略; only one item named -> no expansion

# ---------------------------------------------------------------- blocks
p.block(1, 1, "PAGE")                  # page-title banner, repeated as the article's title below
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 6, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(12, 12, "BODY", article=1)
p.block(13, 16, "CAPTION", article=1)  # the title repeated as the captions of four photos

p.save()
