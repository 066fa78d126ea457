"""page-5414: 牡丹江晨报 (text credited 牡丹江晨報官方賬號; copy on the mirror 239364.com, converted to
traditional script, with pinyin glosses glued after characters (鎮(zhèn)) and some mojibake), date unknown
(6月12日, no year), one article: “紅綠”相間,打造大美“鏡泊” (镜泊镇, 宁安市, 牡丹江). Text as returned by
the `pages` store, from its title; the stored last paragraph (“現在棚里就可以進行采摘了!”…該項目以當…) is cut
off mid-sentence (with a stray <a href> link) and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5414", "corpus/raw/pages/5414_mudanjiang_chenbao_jingpo.txt",
         publisher="牡丹江晨报", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "鏡泊", line=1)                     # 大美“鏡泊”: the town 鏡泊鎮 by its bare name (the article's subject)

# ---- line 3: source line under the headline
p.byline("BYLINE", "牡丹江晨報官方賬號", line=3)     # a medium's account standing under the title
p.ent("ORG", "牡丹江晨報", line=3)                  # a medium named by its channel: the paper is the ORG

# ---- line 5
#   我省, 黑吉兩省 (one-character short forms), 201國道: no span
p.ent("ADMIN", "鏡泊鎮", line=5)                    # 鏡泊鎮(zhèn): the gloss after the name stays outside
p.ent("ADMIN", "吉林", line=5)                      # 到吉林敦化市 -> 吉林 | 敦化市
p.ent("ADMIN", "敦化市", line=5)
p.ent("ADMIN", "吉林省", line=5)                    # 吉林省會長春市: 吉林省 + 會 (cf. X县城 -> X县)
p.ent("ADMIN", "長春市", line=5)
#   長白山旅游區: a tourist area, no unit
p.ent("ADMIN", "鏡泊鎮", line=5, after="區(qū)位")    # 讓鏡泊鎮發展旅游
p.ent("ADMIN", "中國", line=5)                      # 中國抗日戰爭: a unit inside an event's name (decision 2)
#   墻縫戰役遺址, 板石場會議遺址: sites named after places that are no units
p.ent("PERSON", "陳翰章", line=5)
p.ent("ADMIN", "鏡泊", line=5, after="血灑")        # 陳翰章血灑鏡泊遺址: the town's bare name inside a site's name
#   朝鮮: a foreign country, no ADMIN
p.ent("PERSON", "金日成", line=5)
p.ent("ADMIN", "鏡泊鎮", line=5, after="成就了")
p.ent("ADMIN", "鏡泊鎮", line=5, after="更為")

# ---- line 9
#   溫泉小鎮項目, 產業園項目: projects and parks, no span
p.ent("ADMIN", "鏡泊鎮", line=9)                    # 當記者來到鏡泊鎮
p.ent("ORG", "鏡泊鎮(zhèn)黨委", line=9)             # 鏡泊鎮(zhèn)黨委書記: the gloss inside the organ's name
p.ent("PERSON", "張傳文", line=9)

# ---- line 11
p.ent("ORG", "鎮(zhèn)政府", line=11)                # 從鎮政府出來: a level word + organ (as 鎮政府, seed-001)
p.ent("ADMIN", "鏡泊鎮", line=11)                   # 鏡泊鎮(zhèn)后漁村 -> two units
p.ent("ADMIN", "后漁村", line=11)
p.ent("PERSON", "張傳文", line=11)                  # 張傳文領(lǐng)記者來到地里
#   睆垈魑恼f: mojibake of ”張傳文說, no legible name, no span
#   鏡泊南湖生態田園綜合體項目: 鏡泊南湖 is the lake's southern part, a place, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(9, 11, "BODY", article=1)

p.save()
