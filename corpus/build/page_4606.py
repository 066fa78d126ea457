"""page-4606: 石家庄日报 (text on 河北新闻网's 石家庄新闻 channel, sjz.hebnews.cn, with 来源:石家庄日报),
2017-02-17, one article: 定州市党政代表团来石家庄市参观考察. Text as returned by the `pages` store, from
its breadcrumb line (kept as PAGE) and title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4606", "corpus/raw/pages/4606_sjz_dingzhou_kaocha.txt",
         publisher="石家庄日报", date="2017-02-17", script="simplified", origin="pages")

# ---- line 1: breadcrumb (channel names); the city inside a section's name is ADMIN (decision 2)
p.ent("ADMIN", "石家庄", line=1, nth=1)
p.ent("ADMIN", "石家庄", line=1, nth=1)

# ---- line 3: headline
p.ent("ADMIN", "定州市", line=3)                     # 定州市党政代表团: a delegation, no ORG
p.ent("ADMIN", "石家庄市", line=3)

# ---- line 5: meta line, source credit (timestamp outside)
p.byline("BYLINE", "来源:石家庄日报", line=5)
p.ent("ORG", "石家庄日报", line=5)

# ---- line 7
p.ent("ADMIN", "定州市", line=7)
#   我市: deictic, no span
p.ent("ORG", "省委", line=7)                         # 省委常委 -> ORG 省委 + title
p.ent("ORG", "市委", line=7, nth=1)                  # 市委书记
p.ent("PERSON", "邢国辉", line=7)
p.ent("ORG", "市委", line=7, nth=1)                  # 市委副书记
p.ent("PERSON", "邓沛然", line=7)

# ---- line 9
p.ent("ORG", "定州市委", line=9, nth=1)
p.ent("PERSON", "王东群", line=9)
p.ent("ORG", "定州市委", line=9, nth=1)
p.ent("PERSON", "陈业鹏", line=9)
p.ent("ADMIN", "正定新区", line=9, nth=1)            # a named 新区 (decision 3)
p.ent("ADMIN", "正定新区", line=9, nth=1)            # 正定新区规划馆: venue, the zone inside it
p.ent("ADMIN", "河北", line=9)                       # 河北奥体中心: venue, the province inside it
p.ent("ADMIN", "高新区", line=9)                     # the city's 高新区 standing as one zone's name
p.ent("ORG", "格力电器(石家庄)有限公司", line=9)     # an enterprise named in full, its bracket inside
p.ent("ORG", "石家庄以岭药业股份有限公司", line=9)
#   我市: deictic
p.ent("ADMIN", "石家庄市", line=9, nth=1)            # 石家庄市规划馆: venue
#   体育公园, 新客站东广场, 裕华路: places
p.ent("ADMIN", "石家庄市", line=9, nth=1)            # 石家庄市中冶德贤公馆项目: the city before a project's name

# ---- line 11
p.ent("PERSON", "王东群", line=11)
p.ent("PERSON", "邓沛然", line=11)

# ---- line 13
p.ent("PERSON", "邢国辉", line=13)
p.ent("ORG", "石家庄市委", line=13)
p.ent("ORG", "市政府", line=13)
p.ent("ADMIN", "定州市", line=13)
p.ent("ADMIN", "定州", line=13, after="他说")
p.ent("ADMIN", "石家庄", line=13, after="定州和")
#   京津冀, 石保廊: fused one-character short forms, no ADMIN; 石保廊全面创新改革试验区 is a policy
#   designation, not a unit
p.ent("ADMIN", "定州", line=13, after="加强与")

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 13, "BODY", article=1)

p.save()
