"""page-5401: 梅河口市人民政府 portal (mhk.gov.cn, 新区头条 / 政务活动 list page), 吉林, 2025.
Two items as stored by the `pages` store (no titles stored): the 学雷锋纪念月 / 雷锋医院 item,
and the opening of a 孙士岩 item whose second paragraph, cut mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5401", "corpus/raw/pages/5401_meihekou_leifeng_yiyuan.txt",
         publisher="梅河口市人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ------------------------------------------------ article 1 (line 1): 学雷锋纪念月 / 雷锋医院
# longer names first, so that the short ones (市委, 梅河口市, 管委会) only take free text
p.ent("ORG", "梅河新区退役军人事务局", line=1)          # a zone's own name opens its organ
p.ent("ORG", "梅河口市委", line=1)                      # 梅河口市委市政府 -> 梅河口市委 | 市政府
p.ent("ORG", "市政府", line=1)
p.ent("ORG", "吉林省委", line=1)                        # 吉林省委和省政府
p.ent("ORG", "省政府", line=1)
p.ent("ORG", "市双拥工作领导小组", line=1, every=True)  # x3; a committee's working group is one ORG
p.ent("ORG", "梅河新区管委会", line=1)                  # 梅河新区管委会主任
p.ent("ORG", "梅河新区党工委", line=1, every=True)      # x4: 党工委书记, 党工委委员 x2, 党工委管委会
p.ent("ORG", "管委会", line=1, every=True)              # 管委会副主任郭俊 (after 梅河新区党工委委员、), 党工委管委会:
#                                                        the zone's committee named right after its Party body
p.ent("ORG", "市委", line=1, every=True)                # 市委书记朱欢, 市委副书记宁洪友
p.ent("ADMIN", "梅河口市", line=1, every=True)          # 2025年“学雷锋纪念月”活动, “雷锋医院”授牌仪式 (event names,
#                                                        decision 2), 在梅河口市设立
p.ent("ORG", "市中医院", line=1, every=True)            # a hospital (§2): venue of the ceremony, receives the title, acts
p.ent("PERSON", "雷锋", line=1, every=True)             # 学雷锋, 雷锋医院, 雷锋精神: the real person inside (seed-001 学雷鋒)
p.ent("PERSON", "朱欢", line=1, every=True)
p.ent("PERSON", "刘铁铎", line=1, every=True)
p.ent("PERSON", "郭俊", line=1, every=True)
p.ent("PERSON", "宁洪友", line=1, every=True)
p.ent("PERSON", "瞿鹏", line=1, every=True)
p.ent("PERSON", "习近平", line=1)
# review line run on at the item's end: names are PERSON (editor-line rule), no byline span
p.ent("PERSON", "李裕光", line=1)
p.ent("PERSON", "张志远", line=1)
p.ent("PERSON", "赵春栋", line=1)
# 双拥 inside 市双拥工作领导小组: GROUP (双拥 is GROUP; a formula inside an ORG is also a slogan)
p.slogan("GROUP", "双拥", line=1, every=True)

# ------------------------------------------------ article 2 (line 2): 孙士岩 item (opening only)
p.ent("ORG", "吉林梅河口高新技术产业开发区管理办公室党组", line=2)   # 党组 after a known organ belongs to it
p.ent("PERSON", "孙士岩", line=2)
p.ent("ORG", "耘垦集团", line=2)                        # enterprise inside a meeting's name

# ------------------------------------------------ blocks
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "BODY", article=2)

p.save()
