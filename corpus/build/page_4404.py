"""page-4404: 城步苗族自治县自然资源局 (部门动态 of the 城步苗族自治县人民政府 portal,
chengbu.gov.cn; 信息来源 and 作者: 县自然资源局), 2023-01-17, one article:
县自然资源局:开展“同耕耘共迎春天”耕地保护活动. Text as returned by the `pages` store, from
its title (the breadcrumb above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4404", "corpus/raw/pages/4404_chengbu_gengdi_baohu.txt",
         publisher="城步苗族自治县自然资源局", date="2023-01-17", script="simplified", origin="pages")

# ---- line 1: headline ("Unit:title", one HEADLINE)
p.ent("ORG", "县自然资源局", line=1)

# ---- line 2: web meta line (decision 12): one BYLINE span per labelled credit, date outside
p.byline("BYLINE", "信息来源:县自然资源局", line=2)
p.byline("BYLINE", "作者:县自然资源局", line=2)
p.ent("ORG", "县自然资源局", line=2, nth=1)
p.ent("ORG", "县自然资源局", line=2, after="作者")

# ---- line 6: byline opening the body paragraph
p.byline("BYLINE", "通讯员(陈正果 王波)", line=6)
p.ent("PERSON", "陈正果", line=6)
p.ent("PERSON", "王波", line=6)
p.ent("ORG", "县自然资源局", line=6, nth=1)
p.ent("ADMIN", "兰蓉乡", line=6, nth=1)
p.ent("ORG", "县自然资源局", line=6, after="耕地保护制度")
p.ent("ADMIN", "兰蓉乡", line=6, after="相关负责人")

# ---- line 9
p.ent("ORG", "县自然资源局", line=9)
#   我国: deictic, no span
p.slogan("GROUP", "五不准", line=9)        # numeral + prohibitions (like 六乱, 五办); items not listed
p.slogan("GROUP", "八不准", line=9)

# ---- line 11
p.ent("ORG", "县自然资源局", line=11)
#   “零容忍” (零 counts nothing), “非农化”, “非粮化”: no formula

# ---- lines 16-18: the portal's review chain (发送单位 / 初审 / 审 / 终审): PAGE, no byline span
p.ent("ORG", "县自然资源局", line=16)
p.ent("PERSON", "李志栋", line=18)

# ---- footer (host lines, PAGE; their bodies ORG)
p.ent("ORG", "城步苗族自治县人民政府", line=24)
p.ent("ORG", "城步苗族自治县行政审批服务局", line=24)
p.ent("ORG", "城步苗族自治县人民政府", line=25)
p.ent("ADMIN", "湖南省", line=25)
p.ent("ADMIN", "城步苗族自治县", line=25, after="湖南省")   # 行政中心: a building, the unit ADMIN
#   湘ICP备: a one-character short form, no span
p.ent("ORG", "城步苗族自治县人民政府", line=27)
p.ent("ORG", "城步苗族自治县行政审批服务局", line=28)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)        # 发布时间 … 信息来源 … 作者 …
p.block(3, 3, "PAGE")                     # 分享到:
p.block(6, 14, "BODY", article=1)
p.block(16, 18, "PAGE")                   # 本文发送单位 / 初审 / 审 / 终审
p.block(23, 28, "PAGE")                   # 扫一扫…, host, copyright, ICP lines

p.save()
