"""page-4303: 句容市融媒体中心 (text credited 來源:句容市融媒體中心), 2025-05-29, one article:
江蘇句容:東霞村借力“戴莊經驗”走好振興路. Text as returned by the `pages` store (a mirror copy that
converted the page to traditional script), from its title; the last paragraph, cut off
mid-sentence in the store, is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4303", "corpus/raw/pages/4303_jurong_dongxia.txt",
         publisher="句容市融媒体中心", date="2025-05-29", script="traditional", origin="pages")

# ---- line 1: headline "江蘇句容:東霞村借力“戴莊經驗”走好振興路"
p.ent("ADMIN", "江蘇", line=1)
p.ent("ADMIN", "句容", line=1)
p.ent("ADMIN", "東霞村", line=1)
p.ent("ADMIN", "戴莊", line=1)          # 戴莊經驗: the village (戴庄村) inside a method's name (decision 2)

# ---- line 3: web meta line: timestamp + 來源
p.byline("BYLINE", "來源:句容市融媒體中心", line=3)
p.ent("ORG", "句容市融媒體中心", line=3)

# ---- line 5
p.ent("ADMIN", "東霞村", line=5)

# ---- line 7
p.ent("ADMIN", "江蘇", line=7)
p.ent("ADMIN", "句容", line=7)
p.ent("ADMIN", "東霞村", line=7)
p.ent("ORG", "茅山鎮東霞土地股份合作社", line=7)   # a cooperative, with its township prefix (§2)
p.ent("ADMIN", "東霞", line=7, after="句曲")        # brand “句曲東霞”: the village inside a brand (decision 2);
                                                    # 句曲 (old name of 句容/茅山) is an epithet: no span
p.ent("ORG", "戴莊稻米合作聯社", line=7)            # a cooperative federation the village joins with

# ---- line 9
p.ent("ADMIN", "東霞村", line=9, nth=1)
p.ent("ADMIN", "東霞村", line=9, nth=1)             # second free hit (the first is now taken)
#   兩件大事: a count in prose, no formula

# ---- line 11
p.ent("ORG", "東霞村黨總支", line=11)               # a named village's Party branch: one ORG
p.ent("PERSON", "林建中", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 2025-05-29 10:37 來源:… (decision 12: labelled source line)
p.block(5, 11, "BODY", article=1)

p.save()
