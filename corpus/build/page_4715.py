"""page-4715: 我是在地人 (i-tw.com.tw, 在地新聞 > 屏東縣 > 獅子鄉), one article:
海角七號良雄故鄉起風了 8人參選鄉長 獅子鄉魅力十足 (2018 township-head election, no date printed).
Text as returned by the `pages` store, from its title; the last stored paragraph
(據當地的耆老稱,…「獅子頭社) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4715", "corpus/raw/pages/4715_itw_shizi_xiangzhang_xuanju.txt",
         publisher="我是在地人", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "良雄", line=1)                    # the actor (stage name), a real person
p.ent("ADMIN", "獅子鄉", line=1)

# ---- line 3: Booking.com (advert) - no span

# ---- line 5: picture caption with credit
p.ent("ADMIN", "屏東縣", line=5)
p.ent("ADMIN", "獅子鄉", line=5)                   # 獅子鄉長選舉: contracted title keeps the unit
p.ent("PERSON", "陳崑福", line=5)
p.byline("PHOTO", "(圖/記者陳崑福攝及翻攝)", line=5)

# ---- line 7: second caption
p.ent("ADMIN", "屏東縣", line=7)
p.ent("ADMIN", "獅子鄉", line=7)
p.ent("PERSON", "陳崑福", line=7)
p.byline("PHOTO", "圖/陳崑福翻攝(以下同)", line=7)

# ---- line 9: byline under the pictures
p.byline("BYLINE", "記者陳崑福/屏東報導", line=9)
p.ent("PERSON", "陳崑福", line=9)
p.ent("ADMIN", "屏東", line=9)                     # the desk's place (decision 12)

# ---- line 11
p.ent("PERSON", "勞馬", line=11)                   # the film character the actor played (doubt: fictional)
p.ent("PERSON", "良雄", line=11)
p.ent("ADMIN", "屏東縣", line=11)
p.ent("ADMIN", "獅子鄉", line=11, every=True)      # two

# ---- line 13: the candidates
p.ent("ORG", "屏東縣政府選委會", line=13)          # the county election commission, one ORG with its parent
p.ent("ADMIN", "獅子鄉", line=13)                  # 獅子鄉長
for name in ["林進丁", "柳宏忠", "方文振", "朱宏恩", "周英傑", "陳永恭", "候金助", "田美惠"]:
    p.ent("PERSON", name, line=13)                 # the list
p.ent("PERSON", "林進丁", line=13)                 # 其中林進丁
p.ent("ORG", "鄉民代表會", line=13)                # 現代(=現任)鄉民代表會主席: the township's council
p.ent("PERSON", "柳振忠", line=13)                 # as printed (the list has 柳宏忠)
p.ent("PERSON", "方文振", line=13)
p.ent("ORG", "鄉公所", line=13)                    # 轉到鄉公所: the township office (level word + organ)
#   清潔隊長: a bare 清潔隊, no span (decision 13)
p.ent("PERSON", "周英傑", line=13)
#   前縣議員: a title, the council's name is not written
p.ent("PERSON", "李冀香", line=13)
p.ent("PERSON", "朱宏恩", line=13)
#   公所課員: bare 公所 (institution type without level), no span
p.ent("PERSON", "陳永泰", line=13)                 # as printed (the list has 陳永恭)
p.ent("ORG", "獅子國中", line=13)                  # a school (獅子國中校長)
p.ent("PERSON", "候金助", line=13)
p.ent("PERSON", "田美惠", line=13)
p.ent("ORG", "鄉公所農業觀光課", line=13)          # 農業觀光課長: the section with its office

# ---- line 15: no names

# ---- lines 17, 19, 21: captions
p.ent("ADMIN", "屏東縣", line=17)
p.ent("ADMIN", "獅子鄉", line=17)
p.ent("PERSON", "陳崑福", line=17)
p.byline("PHOTO", "(圖/記者陳崑福攝及翻攝)", line=17)
p.ent("ORG", "屏東縣獅子鄉公所", line=19)          # 大門: a part of its building, outside the span
p.ent("ADMIN", "獅子鄉", line=19)                  # 獅子鄉位置圖
p.ent("ADMIN", "屏東縣", line=21)
p.ent("ADMIN", "獅子鄉", line=21)
p.ent("PERSON", "陳崑福", line=21)
p.byline("PHOTO", "(圖/記者陳崑福攝及翻攝)", line=21)

# ---- line 23
p.ent("ORG", "縣政府", line=23)                    # 根據縣政府的資料: the county government
p.ent("ADMIN", "獅子鄉", line=23)
p.ent("ADMIN", "屏東縣", line=23, every=True)      # 屏東縣南端, 屏東縣轄區
for u in ["枋山鄉", "台東縣", "達仁鄉", "春日鄉", "牡丹鄉", "車城鄉"]:
    p.ent("ADMIN", u, line=23)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                  # Booking.com (advert)
p.block(5, 7, "CAPTION", article=1)    # two captions (blank line between: two blocks)
p.block(9, 9, "BYLINE", article=1)
p.block(11, 15, "BODY", article=1)
p.block(17, 21, "CAPTION", article=1)  # the title repeated under pictures, the office gate, the map
p.block(23, 23, "BODY", article=1)

p.save()
