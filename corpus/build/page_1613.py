import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1613", "corpus/raw/pages/1613_panjin_liaoxi_baolianti.txt",
         publisher="盘锦日报", date=None, script="simplified", origin="pages")

# ---- spans
# L1 title
p.ent("ORG", "辽西市报联合体", line=1)
p.ent("ADMIN", "盘锦", line=1)
# L5 source field
p.ent("ORG", "盘锦日报", line=5)
# L7 title repeated in the record
p.ent("ORG", "辽西市报联合体", line=7)
p.ent("ADMIN", "盘锦", line=7)
# L9 abstract and L14 lead (same sentence twice); 天河宾馆 is a venue (no span);
# 有关市经协办 = the offices of several cities (generic, no span)
for ln in (9, 14):
    p.ent("ORG", "辽西市报联合体", line=ln)
    for a in ("阜新", "朝阳", "锦州", "锦西", "盘锦"):
        p.ent("ADMIN", a, line=ln)
# L10 keywords (辽西市报 = the city papers of western Liaoning, a class: no span)
p.ent("PERSON", "刘铎", line=10)
# L15
p.ent("ORG", "阜新日报", line=15)
p.ent("PERSON", "刘铎", line=15)
p.ent("ORG", "辽西市报联合体", line=15)
# L16
p.ent("ORG", "辽西市报联合体", line=16)
# L18 市委副书记甄质,市委常委、宣传部长马新华
p.ent("ORG", "市委", line=18, nth=1)
p.ent("PERSON", "甄质", line=18)
p.ent("ORG", "市委", line=18, nth=1)
p.ent("ORG", "宣传部", line=18)
p.ent("PERSON", "马新华", line=18)
# 知识出处 section
p.ent("ORG", "盘锦日报", line=23)
p.ent("ORG", "盘锦日报", line=25)
p.ent("ORG", "盘锦日报社", line=27)
p.ent("ADMIN", "盘锦市", line=29)
p.ent("ORG", "中共盘锦市委", line=31)
p.ent("ORG", "盘锦日报", line=31, every=True)
p.ent("ADMIN", "盘锦", line=31, every=True)
p.ent("PERSON", "甄质", line=37)
p.ent("PERSON", "马新华", line=39)

# ---- slogans: none on this page (五市 is a count of cities)

# ---- bylines
p.byline("BYLINE", "内容出处: 《盘锦日报》", line=5)
p.byline("BYLINE", "本报讯", line=14)
p.byline("CREDIT", "(本报记者)", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 4, "PAGE")
p.block(5, 5, "BYLINE", article=1)
p.block(6, 12, "PAGE")
p.block(14, 19, "BODY", article=1)
p.block(21, 39, "PAGE")

if "--show" in sys.argv:
    p.show()
p.save()
