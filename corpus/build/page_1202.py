import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1202", "corpus/raw/pages/1202_wucheng_shafan.txt",
         publisher="婺城新闻网", date="2018-10-16", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- spans -----------------------------------------------------------
# line 3: web meta line (source and author)
p.ent("ORG", "婺城新闻网", line=3)          # the byline's source is a medium: ORG
p.ent("PERSON", "何梦蝶", every=True)       # l.3 作者, l.5 本报讯(记者何梦蝶)
# line 5
p.ent("ADMIN", "婺城区", line=5)
p.ent("ADMIN", "沙畈乡", every=True)        # l.5 x2, l.7, l.9 x2
p.ent("ADMIN", "周村", every=True)          # village (周村村民 in the cut paragraph); l.5, l.7 x2
# line 7: 乡党委政府 -> ORG 乡党委, bare 政府 no span
p.ent("ORG", "乡党委", line=7)
# line 9: historical persons; 卢畈 and 白沙堰 are places (no span)
p.ent("PERSON", "卢文台", line=9)
p.ent("PERSON", "粟裕", line=9)

# ---- slogans ---------------------------------------------------------
# one formula of three numeral-led parts joined by 、 (items not spelled out in the article)
p.slogan("PARALLEL", "二先行、三推进、四留住", line=7)

# ---- bylines ---------------------------------------------------------
p.byline("BYLINE", "来源:  婺城新闻网", line=3)
p.byline("BYLINE", "作者: 何梦蝶", line=3)
p.byline("BYLINE", "本报讯(记者何梦蝶)", line=5)

# ---- blocks ----------------------------------------------------------
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)

p.save()
