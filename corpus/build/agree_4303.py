"""agree-page-4303: 句容市融媒體中心 (county-level media centre of 句容市, Jiangsu), 2025-05-29,
one article: 江蘇句容:東霞村借力“戴莊經驗”走好振興路 (stored in traditional script)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4303", "corpus/raw/pages/4303_jurong_dongxia.txt",
         publisher="句容市融媒體中心", date="2025-05-29", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline "Place：title"
p.ent("ADMIN", "江蘇", line=1)
p.ent("ADMIN", "句容", line=1)
p.ent("ADMIN", "東霞村", line=1)
p.ent("ADMIN", "戴莊", line=1)          # “戴莊經驗”: the village 戴莊(村) inside a named experience (decision 2)

# ---- line 3: web meta line: timestamp + 來源:
p.byline("BYLINE", "來源:句容市融媒體中心", line=3)
p.ent("ORG", "句容市融媒體中心", line=3)

# ---- line 5
p.ent("ADMIN", "東霞村", line=5)

# ---- line 7
p.ent("ADMIN", "江蘇", line=7)
p.ent("ADMIN", "句容", line=7)
p.ent("ADMIN", "東霞村", line=7)
p.ent("ORG", "茅山鎮東霞土地股份合作社", line=7)   # cooperative, admin prefix inside the ORG
p.ent("ADMIN", "東霞", line=7, after="句曲")      # brand “句曲東霞” -> the village's short name; 句曲 (old name) no span
p.ent("ORG", "戴莊稻米合作聯社", line=7)
#   “南粳”“滬軟”: rice varieties, 滬 one-character -> no span

# ---- line 9
p.ent("ADMIN", "東霞村", line=9, every=True)     # two mentions

# ---- line 11
p.ent("ORG", "東霞村黨總支", line=11)             # a named village's branch (decision 5)
p.ent("PERSON", "林建中", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
