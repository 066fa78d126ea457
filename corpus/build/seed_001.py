import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 山西新闻网 web article (traditional script) on 泽州县's "六个一" campaign.
# Publisher from the source tag 山西新聞網晉城訊; no year on the page -> date None.
p = Page("seed-001", "corpus/raw/001_95b19de787284634.txt", publisher="山西新闻网",
         date=None, script="traditional")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ------------------------------------------------------------------ spans
# line 1: source tag and opening paragraph
p.ent("ORG", "山西新聞網", line=1)
p.ent("ADMIN", "晉城", line=1)
p.ent("ADMIN", "澤州縣", line=1)
p.ent("ADMIN", "澤州", line=1, after="春滿")               # "春滿澤州" -> 澤州
# line 3
p.ent("ADMIN", "澤州縣", line=3)
p.ent("ADMIN", "金村新區", line=3)                          # named 新区 = zone (decision 3)
p.ent("ADMIN", "崔庄村", line=3)
# line 4
p.ent("ADMIN", "崔庄村", line=4)
p.ent("ADMIN", "澤州", line=4)                              # 澤州大地
# line 5
p.ent("ORG", "縣委", line=5)
p.ent("ADMIN", "南村鎮", line=5)
p.ent("ORG", "西峪村敬老院", line=5)                        # care institution = ORG like a hospital (agreement pass, docs/annotation.md)
# line 7
p.ent("ADMIN", "澤州", line=7)                              # 春滿澤州
p.ent("ADMIN", "河南", line=7)                              # 河南籍小孩
p.ent("ORG", "大陽鎮政府", line=7)
p.ent("ADMIN", "大陽", line=7)                              # 大陽古鎮 (decision 2)
# line 8
p.ent("ADMIN", "李寨", line=8)
p.ent("ADMIN", "南嶺", line=8)
p.ent("ADMIN", "柳樹口", line=8)
p.ent("ORG", "團縣委", line=8)
p.ent("PERSON", "雷鋒", line=8)                             # 學雷鋒 activity
p.ent("ORG", "高都鎮敬老院", line=8)
p.ent("ORG", "縣農機部門", line=8)                          # one specific county body (decision 13; agreement pass)
p.ent("ORG", "縣財政局", line=8)
# line 9
p.ent("ADMIN", "大東溝", line=9)
p.ent("ADMIN", "川底", line=9)
p.ent("ADMIN", "犁川", line=9)
# line 12
p.ent("ORG", "縣工商質監局", line=12)
# line 13
p.ent("ADMIN", "南嶺鄉", line=13)
p.ent("ADMIN", "大箕鎮", line=13)
p.ent("ADMIN", "周村鎮", line=13)
p.ent("ADMIN", "巴公鎮", line=13)
p.ent("ADMIN", "下村", line=13)
p.ent("ADMIN", "高都", line=13)
p.ent("ADMIN", "北義城", line=13)
# line 15
p.ent("ADMIN", "山河鎮", line=15)
p.ent("ADMIN", "金村鎮", line=15)
p.ent("ADMIN", "金村", line=15, after="金色")               # "金色金村" platform name
p.ent("ADMIN", "郭背", line=15)                             # 郭背香椿採摘節 (village, decision 2)
p.ent("ADMIN", "金村", line=15, before="知名度")            # 金村知名度
p.ent("ADMIN", "晉廟鋪鎮", line=15)
p.ent("ORG", "鎮政府", line=15)                             # 晉廟鋪鎮's government
p.ent("PERSON", "高峰", line=15)                            # credit (高峰)

# ------------------------------------------------------------------ slogans
p.slogan("COUNT", "六個一批", line=12)
# its items are listed before it, comma-separated (six items; the 4th holds a 、)
items_6yp = ["集中幫扶一批企業", "集中規范一批市場主體", "全力調解一批消費者投訴",
             "集中申報一批商標、樹立一批質量標杆", "集中查處一批案件",
             "集中組建規范一批非公企業黨組織"]
lo, hi = p.line_bounds[11]
pos, pairs = lo, []
for it in items_6yp:
    st, en = p.find_all(it, pos, hi)[0]
    pairs.append([st, en]); pos = en
p.slogans[-1]["expansion"] = pairs

p.slogan("COUNT", "六個一", line=1,
         expansion=["做一件好事", "栽一棵綠樹", "清一片垃圾", "發一條微信(微博)",
                    "幫一個貧困戶", "記一條廉政箴言"])
p.slogan("COUNT", "六個一", every=True)                     # the other mentions
p.slogan("PER_UNIT", "一戶一本台賬", line=13)
p.slogan("PER_UNIT", "一戶一個脫貧計劃", line=13)
p.slogan("PER_UNIT", "一戶一套扶貧措施", line=13)
p.slogan("PER_UNIT", "一對一", line=14)
p.slogan("COUNT", "六個到村到戶", line=15)

# ------------------------------------------------------------------ bylines
p.byline("BYLINE", "山西新聞網晉城訊", line=1)
p.byline("CREDIT", "(高峰)", line=15)

# ------------------------------------------------------------------ blocks
# No headline on the page; line 1 opens with the source tag inside body text.
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "CROSSHEAD", article=1)
p.block(3, 5, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)
p.block(7, 9, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(11, 15, "BODY", article=1)                         # ends with the (高峰) credit

p.save()
