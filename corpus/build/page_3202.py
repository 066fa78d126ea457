"""page-3202: 雾凇融媒网 (shjnet.cn, site of 吉林市融媒体中心, 吉林市, 吉林), 2026-01-15, one
article: 市长王吉 at the 蛟河 delegation of the 市十七届人大六次会议. Text as returned by the
`pages` store, from the site name and title; the last stored paragraph (王吉强调,…持续扩) is cut
off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3202", "corpus/raw/pages/3202_jilinshi_wangji_jiaohe.txt",
         publisher="雾凇融媒网 (吉林市融媒体中心)", date="2026-01-15", script="simplified",
         origin="pages")

# ---- line 1: the site's name (PAGE block); a medium's own site is ORG
p.ent("ORG", "雾凇融媒网", line=1)

# ---- line 3: headline
p.ent("PERSON", "王吉", line=3)
p.ent("ORG", "市十七届人大", line=3)                 # a congress with its term; 六次会议 (the session) outside
p.ent("ADMIN", "蛟河", line=3)                       # 蛟河代表团: the delegation is no ORG

# ---- line 5: source line (medium with its timestamp)
p.byline("BYLINE", "吉林市融媒体中心", line=5)
p.ent("ORG", "吉林市融媒体中心", line=5)

# ---- line 7
p.ent("ORG", "市十七届人大", line=7)
p.ent("PERSON", "王吉", line=7)                      # 市长王吉: title outside
p.ent("ADMIN", "蛟河", line=7)

# ---- line 9
for name in ["靳明", "王辉伟", "徐淑军", "蔡体元", "杨霄琪", "韩红花", "赵春霞"]:
    p.ent("PERSON", name, line=9)
p.slogan("PLAN", "十四五", line=9)
p.slogan("PLAN", "十五五", line=9)

# ---- line 11
p.ent("PERSON", "王吉", line=11)
p.ent("ORG", "市政府", line=11)

# ---- line 13
p.ent("ADMIN", "蛟河市", line=13, nth=1)
p.ent("PERSON", "王吉", line=13)
p.ent("ADMIN", "蛟河市", line=13, nth=1)             # second mention (first now taken)

# ---- blocks
p.block(1, 1, "PAGE")                 # site name over the page
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)    # 2026-01-15 08:22    吉林市融媒体中心
p.block(7, 13, "BODY", article=1)     # four paragraphs, split by blank lines

p.save()
