"""page-4916: 端傳媒 (Initium Media, theinitium.com), Hong Kong, one feature article on the
district council election: 香港泛民絕跡區議會:問老中青三代,沒議席怎麼走?. Text as returned by the
`pages` store, from its title; its last paragraph (伍凱欣今年40歲,…) was cut mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4916", "corpus/raw/pages/4916_initium_hk_fanmin_quyihui.txt",
         publisher="端傳媒", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "香港", line=1)
#   區議會 (the 18 district councils as an institution): a class of bodies, no ORG

# ---- line 3: summary under the title: 民主派 is a political camp, no ORG

# ---- line 4: lead picture caption with its credit
p.ent("PERSON", "郭偉誠", line=4)
#   大坑西邨: an estate, a place (decision 15)
p.ent("ORG", "路政署", line=4)
p.ent("ORG", "城市規劃委員會", line=4)
p.byline("PHOTO", "攝:林振東/端傳媒", line=4)
p.ent("PERSON", "林振東", line=4)
p.ent("ORG", "端傳媒", line=4)

# ---- line 5: topic tags
p.ent("ADMIN", "香港", line=5)

# ---- line 7
p.ent("ADMIN", "香港", line=7)

# ---- line 9
p.ent("ORG", "民主黨", line=9, nth=1)
p.ent("PERSON", "伍凱欣", line=9)
p.ent("ORG", "民主黨", line=9)
p.ent("ADMIN", "香港", line=9)
#   上環東華區: an area of 中西區 and a council constituency, neither a unit: no span
p.ent("ORG", "立法會", line=9)

# ---- line 11
p.ent("ADMIN", "香港", line=11, every=True)          # 香港政黨政治, 香港只剩…
p.ent("ORG", "立法會", line=11)
p.ent("ORG", "立法局", line=11)                      # the pre-1997 legislature

# ---- line 13
p.ent("PERSON", "陳琬琛", line=13)
p.ent("ORG", "民主黨", line=13)
p.ent("PERSON", "羅健熙", line=13)
p.ent("PERSON", "伍凱欣", line=13)
p.ent("ORG", "民協", line=13)                        # 香港民主民生協進會, short form
p.ent("PERSON", "譚國僑", line=13)
p.ent("PERSON", "郭偉誠", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)      # the summary under the title (摘要 precedent)
p.block(4, 4, "CAPTION", article=1)
p.block(5, 5, "PAGE")                    # topic tags (site furniture)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "BODY", article=1)
p.block(16, 16, "CROSSHEAD", article=1)

p.save()
