import sys
sys.path.insert(0, "/work/main/corpus/build")
from spanlib import Page

p = Page("agree-001", "corpus/raw/001_95b19de787284634.txt", publisher="山西新闻网",
         date=None, script="traditional", origin="agreement")

# ---------------------------------------------------------------- spans
# line 1
p.ent("ORG", "山西新聞網", line=1)
p.ent("ADMIN", "晉城", line=1)
p.ent("ADMIN", "澤州縣", line=1)
p.ent("ADMIN", "澤州", line=1)                 # 春滿澤州
# line 3
p.ent("ADMIN", "澤州縣", line=3)
p.ent("ADMIN", "金村新區", line=3)
p.ent("ADMIN", "崔庄村", line=3)
# line 4
p.ent("ADMIN", "崔庄村", line=4)
p.ent("ADMIN", "澤州", line=4)                 # 澤州大地
# line 5
p.ent("ORG", "縣委", line=5)
p.ent("ADMIN", "南村鎮", line=5)
p.ent("ADMIN", "西峪村", line=5)               # 西峪村敬老院 (facility)
# line 7
p.ent("ADMIN", "澤州", line=7)                 # 春滿澤州
p.ent("ADMIN", "河南", line=7)                 # 河南籍
p.ent("ADMIN", "大陽", line=7)                 # 大陽古鎮
p.ent("ORG", "大陽鎮政府", line=7)
# line 8
p.ent("ADMIN", "李寨", line=8)
p.ent("ADMIN", "南嶺", line=8)
p.ent("ADMIN", "柳樹口", line=8)
p.ent("ORG", "團縣委", line=8)
p.ent("PERSON", "雷鋒", line=8)
p.ent("ADMIN", "高都鎮", line=8)               # 高都鎮敬老院 (facility)
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
p.ent("ADMIN", "金村", line=15, after="金色")    # "金色金村" account name
p.ent("ADMIN", "郭背", line=15)                 # 郭背香椿採摘節 (event name)
p.ent("ADMIN", "金村", line=15, before="知名度")  # 金村知名度
p.ent("ADMIN", "晉廟鋪鎮", line=15)
p.ent("ORG", "鎮政府", line=15)                 # 晉廟鋪鎮's government
p.ent("PERSON", "高峰", line=15)

# ---------------------------------------------------------------- slogans
p.slogan("COUNT", "六個一", line=1,
         expansion=["做一件好事", "栽一棵綠樹", "清一片垃圾", "發一條微信(微博)",
                    "幫一個貧困戶", "記一條廉政箴言"])
for ln in (3, 5, 7, 9):
    p.slogan("COUNT", "六個一", line=ln)
p.slogan("COUNT", "六個一", line=11, every=True)   # two mentions
six = p.slogan("COUNT", "六個一批", line=12)[0]
# items printed BEFORE the formula ("以…等'六個一批'內容為載體"): set by lookup, not typed
items = ["集中幫扶一批企業", "集中規范一批市場主體", "全力調解一批消費者投訴",
         "集中申報一批商標、樹立一批質量標杆", "集中查處一批案件", "集中組建規范一批非公企業黨組織"]
pos, pairs = p.line_bounds[11][0], []
for it in items:
    st, en = p.find_all(it, pos, six["start"])[0]
    pairs.append([st, en])
    pos = en
six["expansion"] = pairs
p.slogan("PER_UNIT", "一戶一本台賬", line=13)
p.slogan("PER_UNIT", "一戶一個脫貧計劃", line=13)
p.slogan("PER_UNIT", "一戶一套扶貧措施", line=13)
p.slogan("PER_UNIT", "一對一", line=14)
p.slogan("COUNT", "六個到村到戶", line=15)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "山西新聞網晉城訊", line=1)
p.byline("CREDIT", "(高峰)", line=15)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "CROSSHEAD", article=1)
p.block(3, 5, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)
p.block(7, 9, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(11, 15, "BODY", article=1)

if "--show" in sys.argv:
    p.show()
p.save()
