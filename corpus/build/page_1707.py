"""page-1707: 聯合報 (udn.com), 苗栗縣 page: the 苗栗縣政府 opens its new 數研處 and 長照處
and starts the 農林漁牧業普查. Text as returned by the `pages` store, from its title; the
site ticker (快訊) before the title and a last line cut off mid-word (苗栗縣政府今) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1707", "corpus/raw/pages/1707_miaoli_shuyanchu_pucha.txt",
         publisher="聯合報", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ---- line 1: headline
p.ent("ADMIN", "苗栗縣", line=1)                    # 苗栗縣政 = the county's affairs
p.ent("ORG", "數研處", line=1)                      # bare department meaning one body (decision 13)
p.ent("ORG", "長照處", line=1)

# ---- line 3: byline (medium / reporter / desk)
p.byline("BYLINE", "聯合報／ 記者范榮達／苗栗報導")
p.ent("ORG", "聯合報", line=3)
p.ent("PERSON", "范榮達", line=3)
p.ent("ADMIN", "苗栗", line=3)                      # desk place inside a byline

# ---- line 4: photo caption
p.ent("ORG", "苗栗縣政府", line=4)
p.byline("PHOTO", "記者范榮達／攝影", line=4)
p.ent("PERSON", "范榮達", line=4)

# ---- line 5
p.ent("ORG", "苗栗縣政府", line=5)
p.ent("ORG", "數位研考處", line=5)
p.ent("ORG", "長期照護處", line=5)
p.ent("PERSON", "鍾東錦", line=5)                   # 縣長 title outside

# ---- line 7
p.ent("PERSON", "鍾東錦", line=7)
p.ent("ORG", "縣府主計處", line=7)                  # 縣府主計處長 -> the office, sub-unit with parent
p.ent("PERSON", "顏香儒", line=7)
p.ent("ORG", "農業處", line=7)                      # 農業處長
p.ent("PERSON", "陳樹義", line=7)
p.ent("ORG", "民政處", line=7)                      # 民政處長
p.ent("PERSON", "巫恒昭", line=7)
p.ent("ORG", "普查處", line=7)                      # the census office set up that day
#   全縣: level word, no span

# ---- line 9
p.ent("PERSON", "顏香儒", line=9)

# ---- line 11: the census-taker rules 3不2會, then 3不 and 2會 each spelled out
ITEMS_3 = ["普查員不會洩漏個人資料給任何人", "不會詢問普查表以外的資料", "不會要求提供帳戶或存摺"]
ITEMS_2 = ["普查員會佩戴普查員證", "會遞送受訪戶單位函"]
p.slogan("PARALLEL", "3不2會", line=11, expansion=ITEMS_3 + ITEMS_2)
p.slogan("GROUP", "3不", line=11, expansion=ITEMS_3)
p.slogan("GROUP", "2會", line=11, expansion=ITEMS_2)

# ---- line 13
p.ent("PERSON", "鍾東錦", line=13)
p.ent("ADMIN", "苗栗", line=13)                     # 苗栗是農業大縣

# ---- line 15
p.ent("ORG", "縣府", line=15)                       # the county government (like 市府)
#   地方行政機關組織準則: a regulation, no span
p.ent("ORG", "數研處", line=15)                     # 新設一級單位數研處
p.ent("ORG", "長照處", line=15)
p.ent("ORG", "數研處", line=15)                     # 首任數研處長
p.ent("PERSON", "黃智群", line=15)
p.ent("PERSON", "林國竹", line=15)                  # 副處長 (of 數研處): title outside
p.ent("ORG", "長照處", line=15)                     # 長照處長
p.ent("PERSON", "莊素玲", line=15)
p.ent("PERSON", "王寶慈", line=15)
p.ent("PERSON", "鍾東錦", line=15)
p.ent("ADMIN", "苗栗縣", line=15)

# ---- line 17: the photo caption printed again under the text
p.ent("ORG", "苗栗縣政府", line=17)
p.byline("PHOTO", "記者范榮達／攝影", line=17)
p.ent("PERSON", "范榮達", line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 4, "CAPTION", article=1)
p.block(5, 15, "BODY", article=1)
p.block(17, 17, "CAPTION", article=1)

p.save()
