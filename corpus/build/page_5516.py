"""page-5516: am730 (am730.com.hk, Hong Kong free daily), report on the HKSAR's 28th anniversary
flag-raising and reception (article 575254). The stored page opens with the lead picture's caption
(no title line); its last line (▼特區政府舉行回, cut mid-caption) dropped. Text as returned by the
`pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5516", "corpus/raw/pages/5516_am730_huigui28_jiuhui.txt",
         publisher="am730", date=None, script="traditional", origin="pages")

# ---- line 1: lead picture's caption with its photo credit
p.ent("ORG", "特區政府", line=1)                  # level word + organ, like 鎮政府
#   會展: a venue, no span
p.byline("PHOTO", "(蘇文傑攝)")
p.ent("PERSON", "蘇文傑", line=1)

# ---- line 2
p.ent("ADMIN", "香港", line=2)                    # 香港回歸28周年
p.ent("ADMIN", "灣仔", line=2)                    # one of Hong Kong's 18 districts (decision 15)
#   金紫荊廣場: a place, no span
p.ent("ADMIN", "香港", line=2, after="之後在")       # 香港會議展覽中心: venue, unit inside (decisions 2, 14)
p.ent("PERSON", "李家超", line=2)                 # 特首李家超
#   《基本法》: names no unit
p.ent("ADMIN", "香港", line=2, after="建立安全和穩定的")
p.ent("ADMIN", "香港", line=2, after="重建一個安全的")
p.ent("ADMIN", "香港", line=2, after="只要")
#   東方之珠: an epithet, no span

# ---- line 3: a picture's caption marker
p.ent("ADMIN", "灣仔", line=3)

# ---- line 4: crosshead (三方面: a count in prose, no formula)

# ---- line 5
p.ent("PERSON", "李家超", line=5)
p.ent("PERSON", "林麗嬋", line=5)                 # 太太林麗嬋
p.ent("ORG", "全國政協", line=5)
p.ent("PERSON", "梁振英", line=5)
p.ent("PERSON", "曾蔭權", line=5)                 # 前特首
p.ent("ORG", "中聯辨", line=5)                    # misprint of 中聯辦, kept as printed
p.ent("PERSON", "周霽", line=5)
p.ent("ORG", "外交部駐港公署", line=5)             # office stationed elsewhere: one ORG with its parent
p.ent("PERSON", "崔建春", line=5)
#   中央駐港機構: a generic class of bodies, no span
p.ent("ORG", "政府飛行服務隊", line=5)             # Government Flying Service, a department
#   維港, 會展: places; 消防船, 水警輪: vessels

# ---- line 6
#   bare 政府 (政府隨後…, 政府會有…): no span, as elsewhere in the corpus
p.ent("PERSON", "李家超", line=6)
p.slogan("PARALLEL", "一國兩制", line=6)
p.ent("ADMIN", "香港", line=6)                    # 香港機遇大於挑戰

# ---- line 7: a link to a related article (page furniture); its people keep their spans
for name in ["梁智仁", "林定國", "蕭澤頤", "江旻憓", "李桂華"]:
    p.ent("PERSON", name, line=7)

# ---- blocks
p.block(1, 1, "CAPTION", article=1)
p.block(2, 2, "BODY", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(4, 4, "CROSSHEAD", article=1)
p.block(5, 6, "BODY", article=1)
p.block(7, 7, "PAGE")

p.save()
