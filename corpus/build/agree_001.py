import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-001", "corpus/raw/001_95b19de787284634.txt", publisher="山西新闻网",
         date=None, script="traditional")

# ---------------------------------------------------------------- entities
# line 1: source tag
p.ent("ORG", "山西新聞網", line=1)
p.ent("ADMIN", "晉城", line=1)
# organisations first (longer strings containing unit names)
p.ent("ORG", "縣委", line=5)                     # 響應縣委號召
p.ent("ORG", "大陽鎮政府", line=7)
p.ent("ORG", "團縣委", line=8)
p.ent("ORG", "高都鎮敬老院", line=8)             # named welfare institution (decision in notes)
p.ent("ORG", "縣農機部門", line=8)               # doubt, see notes
p.ent("ORG", "縣財政局", line=8)
p.ent("ORG", "縣工商質監局", line=12)
p.ent("ORG", "鎮政府", line=15)                  # 晉廟鋪鎮's government, bare level + organ
p.ent("ORG", "西峪村敬老院", line=5)             # same decision as 高都鎮敬老院
# admin units
p.ent("ADMIN", "澤州縣", every=True)             # lines 1, 3
p.ent("ADMIN", "澤州", every=True)               # 春滿澤州 x2, 澤州大地
p.ent("ADMIN", "金村新區", line=3)               # named 新區 (decision 3)
p.ent("ADMIN", "崔庄村", every=True)             # lines 3, 4
p.ent("ADMIN", "南村鎮", line=5)
p.ent("ADMIN", "河南", line=7)                   # 河南籍
p.ent("ADMIN", "大陽", line=7)                   # 大陽古鎮 (decision 2)
p.ent("ADMIN", "李寨", line=8)
p.ent("ADMIN", "南嶺", line=8)
p.ent("ADMIN", "柳樹口", line=8)
p.ent("ADMIN", "大東溝", line=9)
p.ent("ADMIN", "川底", line=9)
p.ent("ADMIN", "犁川", line=9)
p.ent("ADMIN", "南嶺鄉", line=13)
p.ent("ADMIN", "大箕鎮", line=13)
p.ent("ADMIN", "周村鎮", line=13)
p.ent("ADMIN", "巴公鎮", line=13)
p.ent("ADMIN", "下村", line=13)
p.ent("ADMIN", "高都", line=13)
p.ent("ADMIN", "北義城", line=13)
p.ent("ADMIN", "山河鎮", line=15)
p.ent("ADMIN", "金村鎮", line=15)
p.ent("ADMIN", "金村", line=15, every=True)      # 金色金村, 金村知名度
p.ent("ADMIN", "郭背", line=15)                  # 郭背香椿採摘節 (village inside event name)
p.ent("ADMIN", "晉廟鋪鎮", line=15)
# persons
p.ent("PERSON", "雷鋒", line=8)                  # 學雷鋒
p.ent("PERSON", "高峰", line=15)                 # credit (高峰)

# ---------------------------------------------------------------- slogans
p.slogan("COUNT", "六個一批", line=12)
# expansion of 六個一批 is printed BEFORE the formula on line 12: compute by code
items12 = ["集中幫扶一批企業", "集中規范一批市場主體", "全力調解一批消費者投訴",
           "集中申報一批商標、樹立一批質量標杆", "集中查處一批案件", "集中組建規范一批非公企業黨組織"]
lo12, hi12 = p.line_bounds[12 - 1]
pos, pairs = lo12, []
for it in items12:
    a, b = p.find_all(it, pos, hi12)[0]
    pairs.append([a, b]); pos = b
p.slogans[-1]["expansion"] = pairs
assert pairs[-1][1] < p.slogans[-1]["start"]

p.slogan("COUNT", "六個一", line=1,
         expansion=["做一件好事", "栽一棵綠樹", "清一片垃圾", "發一條微信(微博)",
                    "幫一個貧困戶", "記一條廉政箴言"])
p.slogan("COUNT", "六個一", every=True)          # lines 3, 5, 7, 9, 11 x2
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

p.save()
