"""page-6010: 庆阳市农业农村局 (its own site nync.zgqingyang.gov.cn, 新闻中心>工作动态>庆阳农业), 2022-08-01,
one article on 镇原县 (甘肃省庆阳市), credited 来源:镇原发布. Text as returned by the `pages` store, from the
site's section banner; the stored page's last line, a bracket cut off after "(", was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6010", "corpus/raw/pages/6010_zhenyuan_dongxi_xiezuo.txt",
         publisher="庆阳市农业农村局", date="2022-08-01", script="simplified", origin="pages")

# ---- line 1: section banner 庆阳农业 (COLUMN); line 3: breadcrumb (PAGE)
p.ent("ADMIN", "庆阳", line=1)                # a unit inside a section/brand name (decision 2)
p.ent("ADMIN", "庆阳", line=3)                # furniture keeps its spans

# ---- line 5: headline
p.ent("ADMIN", "镇原县", line=5)
p.ent("PERSON", "张峰", line=5)

# ---- line 7: meta line (source + timestamp)
p.byline("BYLINE", "来源:镇原发布", line=7)    # labelled credit; timestamp and counters outside
p.ent("ORG", "镇原发布", line=7)              # the county's release account, a medium named as the source

# ---- line 9
p.ent("ORG", "镇原县委", line=9)              # 镇原县委常委 -> ORG 镇原县委 (shortened title)
#   政府副县长候选人: a title; the bare 政府 gets no span
p.ent("PERSON", "张峰", line=9)
p.ent("ORG", "县政府办", line=9)
p.ent("ORG", "县乡村振兴局", line=9)

# ---- line 13
for t in ["临泾镇", "太平镇", "孟坝镇"]:
    p.ent("ADMIN", t, line=13)
#   调研组: a bare team word, no ORG

# ---- line 17
p.ent("ADMIN", "静海区", line=17)             # 天津市静海区, the county's east-west partner
p.ent("ADMIN", "镇原县", line=17)

# ---- line 21
p.ent("ADMIN", "镇原县", line=21)

# ---- blocks
p.block(1, 1, "COLUMN")                      # the site's section named alone
p.block(3, 3, "PAGE")                        # breadcrumb
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)           # 来源:… 发布时间:… (decision 12)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "PAGE")                      # image file name
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "PAGE")                      # image file name
p.block(17, 17, "BODY", article=1)
p.block(19, 19, "PAGE")                      # image file name
p.block(21, 21, "BODY", article=1)

p.save()
