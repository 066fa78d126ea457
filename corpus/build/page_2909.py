"""page-2909: 西江日报 (肇庆, e-paper appszb.xjrb.com), 2023-10-11, one article (a feature):
肇庆以头号工程力度全面推进“百千万工程” / 用心书写富县强镇兴村新画卷.
Text as returned by the `pages` store, from its title; the store's last paragraph
(“大平台”孕育“大产业”…电池材) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2909", "corpus/raw/pages/2909_zhaoqing_baiqianwan_fuxian.txt",
         publisher="西江日报", date="2023-10-11", script="simplified", origin="pages")

# ---- line 1: kicker (factual line naming the actor)
p.ent("ADMIN", "肇庆", line=1)
p.slogan("PARALLEL", "百千万工程", line=1)           # 百县千镇万村: not spelled out in this text
# ---- line 3: headline 用心书写富县强镇兴村新画卷 (富县 = "enrich the counties", a verb phrase: no span)

# ---- line 5: the e-paper's date + medium line (medium with its date: the page's source line)
p.byline("BYLINE", "西江日报", line=5)
p.ent("ORG", "西江日报", line=5)

# ---- line 9
p.ent("ADMIN", "广东", line=9)                      # 走马广东肇庆 -> 广东, 肇庆
p.ent("ADMIN", "肇庆", line=9)

# ---- line 11: 珠三角 (a region), 粤北/粤东/粤西 (one-character short form + direction), 南粤: no span
#      中国式现代化: fixed political term, no span
p.ent("ADMIN", "广东", line=11)
p.ent("PERSON", "习近平", line=11)

# ---- line 13
p.ent("ADMIN", "广东", line=13)
p.slogan("PARALLEL", "百千万工程", line=13)
#   “半珠半山”“半城半乡”: halves, not counts of parts (like 三分靠建、七分靠管): no slogan
p.ent("ADMIN", "肇庆", line=13)

# ---- line 15: crosshead 富县:构建“雁阵式”县域发展格局 (富县 = enrich counties: no span)
# ---- line 17
p.ent("ADMIN", "肇庆", line=17)

# ---- line 19
p.ent("ADMIN", "肇庆", line=19)
p.slogan("PARALLEL", "百千万工程", line=19)

# ---- line 21: 广东省(肇庆)大型产业集聚区 is a zone of parks (a place): units inside are ADMIN
p.ent("ORG", "广东省政府", line=21)                 # add the longer span first
p.ent("ADMIN", "广东省", line=21)                   # the first, free occurrence (the 集聚区's name)
p.ent("ADMIN", "肇庆", line=21, nth=1)              # (肇庆)
p.ent("ADMIN", "肇庆", line=21, nth=1)              # 肇庆人: unit inside a demonym
p.ent("ADMIN", "肇庆", line=21, nth=1)              # 肇庆决心

# ---- blocks
p.block(1, 1, "KICKER", article=1)
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)       # date + medium: the page's source line (21NN/24NN rule)
p.block(7, 13, "BODY", article=1)
p.block(15, 15, "CROSSHEAD", article=1)
p.block(17, 21, "BODY", article=1)

p.save()
