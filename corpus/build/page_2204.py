"""page-2204: 运城晚报 (运城日报社; on 运城新闻网 sxycrb.com, 首页 > 社会), 2019-11-15, one article:
第一书记下乡来 (临猗县七级镇解村). Text as returned by the `pages` store, from its title (the site's
login bar above it dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2204", "corpus/raw/pages/2204_yuncheng_diyi_shuji_xiaxiang.txt",
         publisher="运城晚报", date="2019-11-15", script="simplified", origin="pages")

# ---- line 3: web meta line: 来源 is the labelled credit (发布者 empty, time outside)
p.byline("BYLINE", "来源:运城晚报", line=3)
p.ent("ORG", "运城晚报", line=3)

# ---- line 5
p.ent("ADMIN", "解村", line=5, nth=1)
p.ent("ADMIN", "临猗县", line=5)
p.ent("ADMIN", "七级镇", line=5)
p.ent("PERSON", "李红新", line=5)
p.ent("ADMIN", "解村", line=5)                       # 解村面貌 (second occurrence)

# ---- line 7
p.ent("ADMIN", "解村", line=7, nth=1)
p.ent("ADMIN", "七级", line=7, nth=1)                # 七级东端: the bare name of 七级镇
p.ent("ADMIN", "庙上", line=7)                       # 庙上枣树: 庙上乡 of 临猗县, bare name of the unit
p.ent("ADMIN", "解村", line=7)                       # 解村村民
p.ent("ADMIN", "七级镇", line=7)                     # 七级镇的枣业示范村
#   涑水河: a river, no span

# ---- line 11
p.ent("PERSON", "李红新", line=11)
#   “不忘初心、牢记使命”: no numeral, no formula
p.ent("ORG", "村委", line=11, nth=1)                 # 村委主任: the village committee of 解村 (title outside)
p.ent("PERSON", "姚学辉", line=11)
p.ent("ORG", "村委", line=11, after="姚学辉")         # 村委副主任
p.ent("PERSON", "谭泽鹏", line=11)
p.ent("ADMIN", "解村", line=11)

# ---- line 13: closing credit
p.byline("CREDIT", "(朱鸿禧)", line=13)
p.ent("PERSON", "朱鸿禧", line=13)

# ---- lines 18, 20: the site's statement (PAGE); media keep their spans
p.ent("ORG", "运城日报", line=18, nth=1)
p.ent("ORG", "运城晚报", line=18)
p.ent("ORG", "运城新闻网", line=18, nth=1)
p.ent("ORG", "运城新闻网", line=18)                  # “运城新闻网-运城日报 ”
p.ent("ORG", "运城日报", line=18)
p.ent("ORG", "运城新闻网", line=20)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)
p.block(16, 16, "PAGE")        # 网站声明
p.block(18, 20, "PAGE")        # copyright statement (two paragraphs)

p.save()
