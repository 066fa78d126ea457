"""page-3405: 兴国县均村乡人民政府 (its page in the township column of the 兴国县人民政府 portal,
xingguo.gov.cn, stored by the `pages` store under a mirror host that serves it in traditional
script), 均村乡 profile and work summary. Text as stored; no title is stored; the last paragraph
(近兩年以來, …) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3405", "corpus/raw/pages/3405_xingguo_juncun_xiang.txt",
         publisher="兴国县均村乡人民政府", date=None, script="traditional", origin="pages")

# ---- line 2
L = 2
p.ent("ADMIN", "均村鄉", line=L, nth=1)
p.ent("ADMIN", "興國縣", line=L)
p.ent("ORG", "鄉政府", line=L)                       # 鄉政府駐地: the township's government (cf. 鎮政府, seed-001)
p.ent("ADMIN", "吉安市", line=L)
p.ent("ADMIN", "萬安", line=L)                       # 萬安、泰和兩縣: places closed by a word of places
p.ent("ADMIN", "泰和", line=L)
#   “一腳踏三縣”: a saying, no formula
p.ent("ADMIN", "江西省", line=L)
p.ent("ADMIN", "均村鄉", line=L, after="重點鄉")
#   G356國道 / 湄西線 (湄: one character) / 昌贛高鐵 (one-character abbreviations): no span
p.ent("ADMIN", "福建省", line=L)
p.ent("ADMIN", "莆田市", line=L)
p.ent("ADMIN", "湄洲鎮", line=L)
p.ent("ADMIN", "四川省", line=L)
p.ent("ADMIN", "西昌市", line=L)
p.ent("ADMIN", "興國", line=L, after="南下")
p.ent("ADMIN", "均村鄉", line=L, after="第一個鄉鎮")
p.ent("ADMIN", "均村", line=L, after="礦產資源優質")   # 均村是具有千年文明歷史的土地
#   武索良口 (a landing place), 閩粵 (one-character abbreviations): no span
p.ent("PERSON", "劉成斌", line=L)
p.ent("PERSON", "劉奇煒", line=L)
p.ent("ADMIN", "均村鄉", line=L, after="文人武將")
#   中央蘇區: 中央 as a modifier, 蘇區 no unit
p.ent("ADMIN", "楊殷縣", line=L, after="主要后方")     # 楊殷縣治所在地: the Soviet-era county (1933-35)
p.ent("PERSON", "雷永通", line=L)
p.ent("PERSON", "毛麟義", line=L)
p.ent("PERSON", "毛澤東", line=L, nth=1)
p.ent("PERSON", "朱德", line=L)
p.ent("ORG", "江西軍區第四軍分區", line=L)            # former sites named after the bodies
#   紅軍醫院, 兵工廠(鐵器廠): bare institution types, no span
p.ent("ORG", "楊殷縣委", line=L)
p.ent("ORG", "贛南特委", line=L)
p.ent("ADMIN", "橫柏村", line=L)
p.ent("ADMIN", "三坑村", line=L)
p.ent("ADMIN", "興國", line=L, after="三坑村")
p.ent("PERSON", "毛澤東", line=L, after="另外")
p.ent("ADMIN", "興國", line=L, after="《")             # 《興國調查》: unit inside a title (decision 2)
p.ent("ADMIN", "均村", line=L, after="3位系")          # 均村人

# ---- line 3
L = 3
p.ent("ADMIN", "均村鄉", line=L, nth=1)
#   我鄉: deictic; 司法所(長): bare institution type; 副鄉長: title
p.ent("ORG", "黨政辦公室", line=L)                     # the township's own offices (decision 13)
p.ent("ORG", "黨建辦公室", line=L)
p.ent("ORG", "財政經濟與鄉村振興辦公室", line=L)
p.ent("ORG", "社會事務辦公室", line=L)
p.ent("ORG", "均村鄉綜合便民服務中心", line=L)
p.ent("ORG", "均村鄉綜合行政執法大隊", line=L)
#   人大、紀檢監察、人民武裝等部門按要求設置: kinds of departments, no span

# ---- blocks
p.block(1, 1, "CROSSHEAD", article=1)   # 一、基本情況 (numbered heading)
p.block(2, 3, "BODY", article=1)
p.block(4, 4, "CROSSHEAD", article=1)   # 二、主要工作情況 (its text was cut off in the store)

p.save()
