"""page-1403: 雅安日报 e-paper, A004 (天全县 人大代表联络家站), from the `pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1403", "corpus/raw/pages/1403_yaan_tianquan_rddb.txt", publisher="雅安日报",
         date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- spans -----------------------------------------------------------------
# e-paper masthead and edition line: the paper's name is a medium (ORG)
p.ent("ORG", "雅安日报", line=1)
p.ent("ORG", "雅安日报", line=2)
# app name: a product, the unit inside it is ADMIN (decision 2)
p.ent("ADMIN", "雅安", line=6)
# subhead
p.ent("ADMIN", "天全县", line=12)
# the two (duplicated) photo captions
p.ent("PERSON", "高春雷", line=14)
p.ent("PERSON", "高春雷", line=16)
# line 20
p.ent("ORG", "天全县人大常委会", line=20)
p.ent("PERSON", "习近平", line=20)
p.ent("ORG", "市人大常委会", line=20)
# line 22
p.ent("ADMIN", "天全县", line=22)
# crosshead: the diarist
p.ent("PERSON", "赵玉敏", line=24)
# line 26
p.ent("ADMIN", "天全县", line=26)
p.ent("ADMIN", "始阳镇", line=26)
p.ent("ADMIN", "九十村", line=26)
# line 28
p.ent("ADMIN", "九十村", line=28)

# ---- slogans: none (建好、管好、用好 has no numeral; 九十村 is a village name) ----
# ---- bylines: none in the stored opening --------------------------------------

# ---- blocks ----------------------------------------------------------------
p.block(1, 2, "PAGE")          # masthead + edition line
p.block(4, 8, "PAGE")          # app download furniture (split by blanks)
p.block(10, 10, "HEADLINE", article=1)
p.block(12, 12, "SUBHEAD", article=1)
p.block(14, 16, "CAPTION", article=1)   # two caption lines, split by the blank
p.block(18, 22, "BODY", article=1)
p.block(24, 24, "CROSSHEAD", article=1)
p.block(26, 32, "BODY", article=1)

p.save()
