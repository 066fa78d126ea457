import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1609", "corpus/raw/pages/1609_yibin_lianghai_shifanqu.txt",
         publisher="宜宾日报", date=None, script="simplified", origin="pages")

ZONE = "“两海”生态文化旅游示范区"
GW = "中共宜宾市蜀南竹海兴文石海生态文化旅游示范区工作委员会"
GWH = "宜宾市蜀南竹海兴文石海生态文化旅游示范区管理委员会"
JW = "宜宾市蜀南竹海兴文石海生态文化旅游示范区纪检监察工作委员会"

# ---- line 1: headline
p.ent("ADMIN", ZONE, line=1)
for name in ("刘中伯", "陆振华", "吕晓莉", "黄河"):
    p.ent("PERSON", name, line=1)
# ---- line 2: [摘要] subhead
for name in ("刘中伯", "陆振华", "吕晓莉", "黄河"):
    p.ent("PERSON", name, line=2)
# ---- line 3
p.byline("BYLINE", "本报讯(记者 何川)", line=3)
p.ent("PERSON", "何川", line=3)
p.ent("ADMIN", ZONE, line=3)          # in 成立大会 (event name): decision 2
# 党工委、管委会、纪检监察工委 on line 3: bare institution types, no span (decision 13)
p.ent("ORG", "市人大常委会", line=3)
p.ent("ORG", "市政协", line=3)
p.ent("ORG", "市委", line=3, nth=1)   # 市委书记刘中伯
p.ent("ORG", "市委", line=3, nth=1)   # 市委副书记黄河 (next free)
p.ent("PERSON", "刘中伯", line=3)
p.ent("PERSON", "陆振华", line=3)
p.ent("PERSON", "吕晓莉", line=3)
p.ent("PERSON", "黄河", line=3)
# ---- line 4
p.ent("ADMIN", ZONE, line=4)
p.ent("ORG", "市委", line=4, nth=1)   # 市委五届七次全会
p.ent("ADMIN", "宜宾市", line=4, before="文化旅游体制改革")
p.ent("ORG", GW, line=4)
p.ent("ORG", GWH, line=4)
p.ent("ORG", "“两海”示范区党工委", line=4)
p.ent("ORG", "市委", line=4, after="人员编制规定》和")  # 市委关于…的决定
p.ent("ORG", "管委会", line=4, after="“两海”示范区党工委、")
# ---- line 5
p.ent("PERSON", "刘中伯", line=5)
p.ent("ORG", GW, line=5)
p.ent("ORG", GWH, line=5)
p.ent("ORG", "市委", line=5)          # 市委常委 (contracted title keeps 市委)
p.ent("ORG", "市纪委", line=5)
p.ent("ORG", "市监委", line=5)
p.ent("PERSON", "唐浪生", line=5)
p.ent("ORG", JW, line=5)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)
p.block(3, 5, "BODY", article=1)

if "--show" in sys.argv:
    p.show()
p.save()
