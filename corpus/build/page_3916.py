"""page-3916: 香港新聞網 (hkcna.hk, 中國新聞社香港分社), 2023-11-21, one article:
麥美娟出席關愛隊施政報告座談會 冀隊伍按KPI建立地區網絡. The `pages` store holds a copy at
loriforfreedom.com (breadcrumb 首頁 -> 港澳 ->時政; 稿件來源:香港新聞網). Text as stored, from its
title; the breadcrumb above it dropped, and the last related-video title, cut off mid-phrase
(小作坊到大公司的標誌是什麼?“大疆教父”…), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3916", "corpus/raw/pages/3916_hkcna_guanaidui_zuotan.txt",
         publisher="香港新聞網", date="2023-11-21", script="traditional", origin="pages")

# ---- line 1: title
p.ent("PERSON", "麥美娟", line=1)
#   關愛隊: the government's scheme of district care teams (455 teams), no one body: no span

# ---- line 4: source line (timestamp outside the credit)
p.byline("BYLINE", "稿件來源:香港新聞網")
p.ent("ORG", "香港新聞網", line=4)

# ---- line 8: dateline source tag + first paragraph
p.byline("BYLINE", "香港新聞網11月21日電")
p.ent("ORG", "香港新聞網", line=8)
p.ent("ORG", "民政及青年事務局", line=8)
p.ent("ORG", "民青局", line=8)                      # (民青局) short form in brackets
p.ent("PERSON", "麥美娟", line=8)                   # 局長麥美娟
#   “地區服務及關愛隊伍”: the scheme's teams, no span; 《行政長官2023年施政報告》: a document, no unit
p.ent("ORG", "民青局", line=8)                      # 施政報告中民青局相關的政策措施

# ---- line 10
p.ent("PERSON", "麥美娟", line=10)
#   政府 (generic), 各區民政專員 (a class of officers): no span
p.ent("ADMIN", "香港", line=10)                     # 香港的發展方向: the SAR as a place

# ---- line 12: photo caption with its credit
p.ent("PERSON", "麥美娟", line=12)
p.byline("PHOTO", "(政府新聞處)")
p.ent("ORG", "政府新聞處", line=12)

# ---- lines 14-18
#   line 14: 政府 generic
p.ent("PERSON", "麥美娟", line=16)
#   line 18: 2023年區議會一般選舉 and 區議會舉辦的活動: the 18 district councils as a kind, no one body
p.ent("PERSON", "麥美娟", line=18)

# ---- line 20: editor line (PAGE), the name still PERSON
p.ent("PERSON", "李冉", line=20)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                 # 分享到:
p.block(4, 4, "BYLINE", article=1)    # 2023-11-21 16:42 | 稿件來源:香港新聞網
p.block(6, 6, "PAGE")                 # 【字號: (font-size widget)
p.block(8, 10, "BODY", article=1)
p.block(12, 12, "CAPTION", article=1)
p.block(14, 18, "BODY", article=1)
p.block(20, 20, "PAGE")               # 【編輯:李冉】
p.block(22, 25, "PAGE")               # 視頻 / 更 多 / related video title

p.save()
