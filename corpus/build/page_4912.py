"""page-4912: 漠河市人民政府 (mohe.gov.cn, 新闻动态 > 漠河要闻; 来源: 漠河市人民政府办公室), 2025-05-19, one
article: 漠河市副市长郭子扬深入漠河林场、洛古河村、北极村、黑山村调研. Text as returned by the `pages`
store; its breadcrumb line above the title is kept (the page is 588 characters without it)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4912", "corpus/raw/pages/4912_mohe_guoziyang_diaoyan.txt",
         publisher="漠河市人民政府", date="2025-05-19", script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE)
p.ent("ADMIN", "漠河", line=1)                      # 漠河要闻: section named by the city (decision 2)

# ---- line 3: headline
p.ent("ADMIN", "漠河市", line=3)                    # 漠河市副市长 -> ADMIN + title
p.ent("PERSON", "郭子扬", line=3)
p.ent("ORG", "漠河林场", line=3)                    # a named forest farm is ORG (session-5 decision)
for v in ["洛古河村", "北极村", "黑山村"]:
    p.ent("ADMIN", v, line=3)

# ---- line 5: meta line with source credit
p.byline("BYLINE", "来源:漠河市人民政府办公室", line=5)
p.ent("ORG", "漠河市人民政府办公室", line=5)

# ---- line 8
p.ent("ADMIN", "漠河市", line=8, nth=1)
p.ent("PERSON", "郭子扬", line=8)
p.ent("ORG", "漠河林场", line=8)
for v in ["洛古河村", "北极村", "黑山村"]:
    p.ent("ADMIN", v, line=8)
p.ent("ORG", "漠河市林业和草原局", line=8)
p.ent("ORG", "市外事办", line=8)

# ---- line 10
p.ent("ORG", "漠河林场", line=10)                   # 漠河林场施业区: the farm's operating area
p.ent("PERSON", "郭子扬", line=10)
#   林场改革发展: bare 林场, no span
sl = p.slogan("GROUP", "两业并举", line=10)[0]      # its two items are printed before it
lo = p.line_bounds[9][0]
sl["expansion"] = [list(p.find_all("林下经济", lo)[0]), list(p.find_all("旅游业", lo)[0])]

# ---- line 12
p.ent("ADMIN", "洛古河村", line=12)
p.ent("ADMIN", "北极村", line=12)
p.ent("PERSON", "郭子扬", line=12)

# ---- line 14
p.ent("ADMIN", "黑山村", line=14)                   # 黑山村种植基地: the village inside a site's name
p.ent("PERSON", "郭子扬", line=14)
#   城关镇近郊优势: 城关镇 here means "the town at the city seat" (漠河市 has no township of that name), no span

# ---- line 16
p.ent("PERSON", "郭子扬", line=16)
p.ent("ORG", "北极哨所", line=16)                   # a border-defence post visited for exchange, like the 派出所
p.ent("ORG", "北极边境派出所", line=16)             # a named police station (decision 13: named, so ORG)

# ---- blocks
p.block(1, 1, "PAGE")             # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(6, 6, "PAGE")             # font / print widgets
p.block(8, 16, "BODY", article=1)
p.block(18, 20, "PAGE")           # share widgets

p.save()
