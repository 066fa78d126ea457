"""page-1810: 巫溪县人民政府 (cqwx.gov.cn, 巫溪要闻), 2024-12-15: the weekly round-up
见“政”巫溪这一周, of which the `pages` store keeps the first item (巫溪县召开2025年社会民生及
安全稳定调研座谈会). Text as stored, from its title; the last stored paragraph (会议强调，…) is
cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1810", "corpus/raw/pages/1810_wuxi_zhengwu_zhouji.txt",
         publisher="巫溪县人民政府", date="2024-12-15", script="simplified", origin="pages")

# ---- line 1: breadcrumb
p.ent("ADMIN", "巫溪", line=1)             # 巫溪要闻: unit inside a section name (decision 2)
# ---- line 2: the round-up's title
p.ent("ADMIN", "巫溪", line=2)

# ---- line 5: the first item's headline
p.ent("ADMIN", "巫溪县", line=5)

# ---- line 7
#   党的二十大, 二十届二中、三中全会: congresses / plenums, no span
p.ent("PERSON", "习近平", line=7)
p.ent("ADMIN", "重庆", line=7)             # 视察重庆
p.ent("ORG", "市委", line=7)               # 市委六届历次全会部署: organ inside an event name
p.ent("ORG", "县委", line=7, after="全会部署和")    # 县委工作安排
p.ent("ORG", "县委", line=7, after="方面工作。")    # 县委书记李卫东
p.ent("PERSON", "李卫东", line=7)
p.ent("ORG", "县委", line=7, after="讲话。")        # 县委副书记、县长王中
p.ent("PERSON", "王中", line=7)
p.ent("ORG", "县政协", line=7)
p.ent("PERSON", "王芳", line=7)
p.ent("ORG", "县委", line=7, after="王芳")          # 县委副书记黄作盛
p.ent("PERSON", "黄作盛", line=7)
p.ent("ORG", "县委", line=7, after="黄作盛")        # 县委常委 -> ORG 县委 (shortened title)
p.ent("PERSON", "唐江洪", line=7)

# ---- line 9: photo caption
p.byline("PHOTO", "记者 吴丹/摄", line=9)
p.ent("PERSON", "吴丹", line=9)

# ---- line 13: photo caption
p.ent("ORG", "县委", line=13)
p.ent("PERSON", "李卫东", line=13)
p.byline("PHOTO", "记者 吴丹/摄", line=13)
p.ent("PERSON", "吴丹", line=13)

# ---- line 15: no names (急难愁盼, 守底线、补短板… carry no numeral)

# ---- blocks
p.block(1, 1, "PAGE")                      # breadcrumb
p.block(2, 2, "COLUMN")                    # 见“政”巫溪这一周: title of a weekly round-up of several items
p.block(3, 3, "PAGE")                      # 日期:2024-12-15 (date-only line)
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "CAPTION", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "CAPTION", article=1)
p.block(15, 15, "BODY", article=1)

p.save()
