"""page-3601: 天津市滨海新区人民政府 portal (tjbh.gov.cn, 互动>在线访谈), source line 来源: 滨海发布,
2026-01-22, one article: 融媒会客厅 | 专访区人大代表、中塘镇党委书记闫宁. Text as returned by the
`pages` store, from its title; the last paragraph (在推动产业发展的同时,…齐头并进), cut off
mid-sentence, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3601", "corpus/raw/pages/3601_binhai_zhongtang_ronghui.txt",
         publisher="天津市滨海新区人民政府", date="2026-01-22", script="simplified", origin="pages")

# ---- line 1: headline (融媒会客厅 is the programme's banner on the title line: no span)
p.ent("ORG", "区人大", line=1)                   # 区人大代表 -> the congress, title outside
p.ent("ORG", "中塘镇党委", line=1)               # 中塘镇党委书记 -> ORG with its prefix
p.ent("PERSON", "闫宁", line=1)

# ---- line 2: web meta line (decision 12): the labelled source is the BYLINE, the date outside
p.byline("BYLINE", "来源: 滨海发布", line=2)
p.ent("ORG", "滨海发布", line=2)                 # the district's release channel (a medium)

# ---- line 6
p.ent("ADMIN", "滨海新区", line=6, nth=1)          # 作为滨海新区八大支撑引领街镇之一
#   八大支撑引领街镇: a count of towns (like 五大片区), no formula
p.ent("ADMIN", "中塘镇", line=6, nth=1)           # 中塘镇坚持…
p.slogan("PLAN", "十四五", line=6)
p.ent("ORG", "滨海新区人大", line=6)              # 滨海新区人大代表
p.ent("ORG", "中塘镇党委", line=6)                # 中塘镇党委书记
p.ent("PERSON", "闫宁", line=6)
p.ent("ADMIN", "滨海新区", line=6, after="近日在")  # 滨海新区“两会”融媒会客厅 (programme name, decision 2)
#   “两会”: a count of meetings, no formula
p.ent("ADMIN", "中塘镇", line=6, after="2025年")   # 2025年中塘镇紧扣…
#   京津冀: one-character short forms, no ADMIN

# ---- line 8
p.ent("ADMIN", "中塘镇", line=8, nth=1)           # 中塘镇经济展现了…
p.ent("ADMIN", "中塘镇", line=8, nth=1)           # 中塘镇区级税收留成
p.ent("PERSON", "闫宁", line=8)
p.ent("ORG", "中冠", line=8)                      # 中冠、天力等5家知名汽车零部件企业: enterprises by short name
p.ent("ORG", "天力", line=8)

# ---- line 10
p.ent("ADMIN", "中塘镇", line=10, nth=1)          # 中塘镇形成了…
#   “谋划一批、开工一批、竣工一批”: verb + 一批 (a batch), no numeral-led parts: no formula
#   小鸟自行车生产线技术改造: a project on a product line (brand reading), no span
p.ent("ORG", "天恒智能", line=10)                 # 天恒智能等22个…项目: the enterprise by its short name
#   利拉特易金属新材料加工产业园: an industrial park (a place, decision 3/14), no span
p.ent("ADMIN", "中塘镇", line=10, nth=1)          # 让中塘镇在经济下行压力下
p.ent("ADMIN", "中塘镇", line=10, nth=1)          # 为中塘镇高质量发展

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)               # 发布日期: … 来源: 滨海发布
p.block(3, 4, "PAGE")                            # 字号: / • 扫一扫在手机打开当前页
p.block(6, 10, "BODY", article=1)

p.save()
