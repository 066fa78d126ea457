"""page-5611: 临县人民政府 (linxian.gov.cn, county portal of 临县, 吕梁, 山西), 2025-06-16, one article:
吕梁临县:深耕文明实践 赋能乡村振兴 (来源:临县市场监督管理局). Text as returned by the `pages`
store, from its title; the breadcrumb above the title and the last paragraph (cut mid-sentence) left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5611", "corpus/raw/pages/5611_linxian_wenming_shijian.txt",
         publisher="临县人民政府", date="2025-06-16", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline ("Place：title", one HEADLINE)
p.ent("ADMIN", "吕梁", line=1)                       # 吕梁市 by its short form
p.ent("ADMIN", "临县", line=1)

# ---- line 2: web meta line: timestamp outside, one labelled credit (decision 12)
p.byline("BYLINE", "来源:临县市场监督管理局", line=2)
p.ent("ORG", "临县市场监督管理局", line=2)

# ---- line 4: lead paragraph
p.ent("ADMIN", "吕梁", line=4)
p.ent("ADMIN", "临县", line=4, nth=1)                # 吕梁临县 (湫水 is a river: no span)
p.ent("ADMIN", "城庄镇", line=4)
p.ent("ADMIN", "前青塘村", line=4)
p.ent("ADMIN", "孙家沟村", line=4)
#   第七届全国文明村镇: an award list (全国 is no unit)
p.ent("ADMIN", "临县", line=4, after="名单揭晓")        # 临县一镇两村 ("一镇两村" counts places: no formula)
p.ent("ADMIN", "临县", line=4, after="之路正在")        # 临县大地

# ---- line 6: crosshead, no entity

# ---- line 8
p.ent("ADMIN", "碛口镇", line=8)
p.ent("ADMIN", "李家山村", line=8)
#   新时代文明实践站: a bare kind of station, no span
p.ent("PERSON", "李建国", line=8)                    # 老党员李建国
#   老李: surname + address word, no PERSON
p.ent("PERSON", "张秀兰", line=8)                    # 村民张秀兰
p.ent("ADMIN", "临县", line=8)
#   500余支“百姓宣讲团”: a kind of team counted, no ORG

# ---- line 10
p.ent("ADMIN", "临县", line=10)
#   “15分钟文明实践圈”: a distance in minutes, not a count of parts: no formula
p.ent("ADMIN", "木瓜坪乡", line=10)
p.ent("ADMIN", "张家沟村", line=10)
p.ent("ADMIN", "湍水头镇", line=10)

# ---- line 12: crosshead of the section whose paragraph was cut off, no entity

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)       # 2025年06月16日 10:53:05 来源:… (decision 12)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "CROSSHEAD", article=1)

p.save()
