"""page-5915: 桃園市政府 press release (opening of 桃園區's 三龍聯合市民活動中心, 鄭文燦 as mayor),
as stored on the copy site wechatinchina.com; traditional script. Text as returned by the `pages`
store, from its (twice printed) title; the last paragraph (鄭文燦提及,桃園的社福館…) is cut off
mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5915", "corpus/raw/pages/5915_taoyuan_sanlong_huodong_zhongxin.txt",
         publisher="桃園市政府", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- lines 1 and 3: the title printed twice
#   三龍聯合市民活動中心: a venue (an activity centre), no span; 三龍 counts three 里, no unit name
p.ent("ADMIN", "桃園", line=1)
p.ent("ADMIN", "桃園", line=3)

# ---- line 5: caption (市長及來賓…揭牌): no entity

# ---- line 7
p.ent("ADMIN", "桃園市", line=7)                  # 桃園市長 -> unit + title (decision 15)
p.ent("PERSON", "鄭文燦", line=7)
p.ent("ADMIN", "桃園區", line=7, nth=1)           # 前往桃園區
#   「三龍聯合市民活動中心啟用典禮」: an event at a venue, no span; 鄭市長: surname + title, no PERSON
p.ent("ADMIN", "桃園區", line=7, after="鄭市長表示")  # 桃園區龍鳳、龍岡及龍安里
p.ent("ADMIN", "龍鳳", line=7)                    # 里 listed before the level word
p.ent("ADMIN", "龍岡", line=7)
p.ent("ADMIN", "龍安里", line=7)
p.ent("ORG", "市府", line=7)                      # Taiwan: 市府 = 市政府 (ORG)
p.ent("ORG", "桃園區戶政事務所", line=7)
p.ent("ORG", "家庭暴力防治中心", line=7)           # the city's 家防中心, one specific body (decision 13)
p.ent("ORG", "桃園區第二家庭服務中心", line=7)

# ---- line 9
p.ent("PERSON", "鄭文燦", line=9)
p.ent("ORG", "家庭暴力防治中心", line=9)
p.ent("ORG", "桃園區第二家庭服務中心", line=9)
#   未來家庭服務中心將設置實物銀行: bare institution type, no span; 戶政、地政、衛生所: kinds of office, no span

# ---- line 15: the 「六小龍」 area and its six 里
#   「六小龍」: a nickname counting six places, not a numbered formula (counts of places are prose)
for li in ["龍鳳里", "龍岡里", "龍安里", "龍祥里", "龍壽里", "龍山里"]:
    p.ent("ADMIN", li, line=15)
p.ent("ORG", "市府", line=15)

# ---- blocks (one article: a government release, no byline)
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "HEADLINE", article=1)             # the web page's title printed twice (both HEADLINE)
p.block(5, 5, "CAPTION", article=1)
p.block(7, 9, "BODY", article=1)
p.block(11, 11, "CAPTION", article=1)             # 大合照。
p.block(13, 13, "CAPTION", article=1)             # 大合照。
p.block(15, 15, "BODY", article=1)

p.save()
