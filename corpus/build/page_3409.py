"""page-3409: 屏边苗族自治县人民政府 (hhpb.gov.cn, 红河州屏边县), date not printed: the county Party
secretary's inspection tour (综合调研) of 新华乡 and 和平镇. Text as returned by the `pages` store
(it keeps no title: the stored text opens with the first paragraph)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3409", "corpus/raw/pages/3409_pingbian_songwenhui_diaoyan.txt",
         publisher="屏边苗族自治县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "县委", line=1, nth=1)                 # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "宋文辉", line=1)
p.ent("ADMIN", "新华乡", line=1)
p.ent("ADMIN", "和平镇", line=1)
#   各乡镇党委政府: generic, no span
p.ent("ORG", "县委", line=1, after="紧扣")           # 县委、县政府各项决策部署
p.ent("ORG", "县政府", line=1)

# ---- line 2
p.ent("ADMIN", "新华乡", line=2)
p.ent("ADMIN", "加依村", line=2, nth=1)
#   美丽乡村示范点: a site, no span
p.ent("PERSON", "宋文辉", line=2)
p.ent("ORG", "乡党委", line=2)                      # 乡党委政府: the 新华乡 party committee; bare 政府 no span
p.ent("ADMIN", "加依村", line=2, after="把")
#   县内, 乡贤理事会 (one to be set up, no name): no span

# ---- line 3
p.ent("ADMIN", "和平镇", line=3)
p.ent("ADMIN", "六斗村", line=3)
p.ent("PERSON", "宋文辉", line=3)
#   村民理事会 (generic), “绿、美、亮、净” (no numeral): no span

# ---- line 4
p.ent("PERSON", "宋文辉", line=4)
#   重楼种植基地, 草果种植基地: places, no span
p.ent("ADMIN", "和平镇", line=4)

# ---- blocks: one article, four body paragraphs, no title, no byline kept by the store
p.block(1, 4, "BODY", article=1)

p.save()
