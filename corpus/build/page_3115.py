"""page-3115: 950enews.com (a Taitung local news site), category 國內要聞, page 4 as stored by
the `pages` store: one article (the death of 林正杰, 記者 陳偉傑/台東報導) and the headline of the
next item, whose byline line was cut off mid-word by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3115", "corpus/raw/pages/3115_950enews_lin_zhengjie.txt",
         publisher="950enews.com", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "林正杰", line=1)
p.ent("ORG", "台東馬偕", line=1)          # short form of 台東馬偕醫院 (a hospital, §2 ORG short forms)

# ---- line 3: reporter line with its desk (one BYLINE)
p.byline("BYLINE", "記者 陳偉傑/台東報導", line=3)
p.ent("PERSON", "陳偉傑", line=3)
p.ent("ADMIN", "台東", line=3)            # dateline place inside the byline (decision 12)

# ---- line 5
p.ent("ORG", "民進黨", line=5, nth=1)
p.ent("PERSON", "林正杰", line=5, nth=1)
p.ent("ORG", "臉書", line=5)              # 臉書帳號: the medium/company (see notes)
p.ent("PERSON", "林正杰", line=5, nth=1)  # 林正杰先生 (first free one after the first)
p.ent("ORG", "台東馬偕醫院", line=5)
p.ent("ORG", "民進黨", line=5, nth=1)     # 民進黨前台東立委
p.ent("ADMIN", "台東", line=5, after="前")  # 前台東立委: the constituency
p.ent("PERSON", "賴坤成", line=5)
p.ent("PERSON", "林國恩", line=5)

# ---- line 7: photo credit
p.byline("PHOTO", "截取自臉書/賴坤成", line=7)
p.ent("ORG", "臉書", line=7)
p.ent("PERSON", "賴坤成", line=7)

# ---- line 9
#   大陸 (the mainland) is a region word, no unit: no span
p.ent("PERSON", "林正杰", line=9, every=True)
p.ent("PERSON", "林國恩", line=9)

# ---- line 11: photo credit
p.byline("PHOTO", "截取自臉書/林國恩", line=11)
p.ent("ORG", "臉書", line=11)
p.ent("PERSON", "林國恩", line=11)

# ---- line 13
p.ent("PERSON", "林正杰", line=13, every=True)
p.ent("ORG", "民主進步黨", line=13, every=True)
p.ent("ORG", "中國國民黨", line=13)
p.ent("ORG", "國民黨", line=13, every=True)      # 國民黨籍, 國民黨總統初選
p.ent("ADMIN", "台灣", line=13)                  # 台灣民主鬥士 (臺灣 as a place on a Taiwan page)
p.ent("ADMIN", "台北市", line=13)                # 台北市議員: unit + title
p.ent("PERSON", "陳水扁", line=13)
p.ent("PERSON", "謝長廷", line=13)
p.ent("ADMIN", "新竹市", line=13)                # 新竹市副市長
p.ent("ORG", "中華統一促進黨", line=13)          # 黨主席 is the title
#   百萬人民倒扁運動: a campaign, no ORG; 「黨外三劍客」: a nickname, no formula
p.ent("ORG", "紅衫軍自主公民協會", line=13)

# ---- line 15: photo credit
p.byline("PHOTO", "截取自臉書/林正杰", line=15)
p.ent("ORG", "臉書", line=15)
p.ent("PERSON", "林正杰", line=15)

# ---- line 17
p.ent("ORG", "民進黨", line=17, every=True)
p.ent("PERSON", "林正杰", line=17, every=True)
p.ent("ADMIN", "台東", line=17, every=True)      # 在台東參選, 定居台東延平鄉
p.ent("ORG", "國民黨", line=17)
p.ent("PERSON", "饒慶鈴", line=17)
p.ent("ADMIN", "延平鄉", line=17)
#   武陵外役監獄旁: a prison named as a landmark (a place, decision 14): no span

# ---- line 19: photo credit
p.byline("PHOTO", "截取自臉書/林正杰", line=19)
p.ent("ORG", "臉書", line=19)
p.ent("PERSON", "林正杰", line=19)

# ---- line 21: headline of the next item (its byline, cut mid-word by the store, dropped)
p.ent("ADMIN", "臺東市", line=21)
p.ent("ORG", "國家住都中心", line=21)            # 「仁和好室」: the housing project's name, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "CAPTION", article=1)
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "CAPTION", article=1)
p.block(17, 17, "BODY", article=1)
p.block(19, 19, "CAPTION", article=1)
p.block(21, 21, "HEADLINE", article=2)

p.save()
