"""page-3914: 中共天津市委统战部 (tjtzb.org.cn, section 党外知识分子), 2025-04-14, one article:
京津冀党外知识分子和无党派人士走进宁河区开展国情教育、调研考察和帮扶活动.
Text as returned by the `pages` store, from its title (the breadcrumb above it dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3914", "corpus/raw/pages/3914_tjtzb_ninghe_dangwai.txt",
         publisher="中共天津市委统战部", date="2025-04-14", script="simplified", origin="pages")

# ---- line 1: headline
#   京津冀: one-character abbreviations fused, never ADMIN
p.ent("ADMIN", "宁河区", line=1)

# ---- line 2: 来源 meta line (decision 12); date and the font widget 小字号 outside the span
p.byline("BYLINE", "来源:市委统战部", line=2)
p.ent("ORG", "市委统战部", line=2)

# ---- line 4
p.ent("ADMIN", "天津市", line=4)
p.ent("ADMIN", "宁河区", line=4)
p.ent("ORG", "市知联会", line=4)                 # short form after a level (like 市记协)
p.ent("ORG", "中国科学院", line=4)               # 院士: title
p.ent("ORG", "陈省身数学研究所", line=4)         # an institute named after a person: one ORG, flat
p.ent("PERSON", "张伟平", line=4)
p.ent("ORG", "市委统战部", line=4)
p.ent("ORG", "宁河区委", line=4)

# ---- line 6
p.ent("PERSON", "习近平", line=6)
p.ent("ADMIN", "天津", line=6)                   # 视察天津
#   我市, 京津冀 (x2), 三地: no span

# ---- line 8
p.ent("ORG", "市委统战部", line=8)
p.ent("ORG", "北京市委统战部", line=8)
p.ent("ORG", "河北省委统战部", line=8)
#   联合考察调研组: a descriptive ad-hoc group, no name (no span)
p.ent("ADMIN", "宁河区", line=8, nth=1)          # 宁河区库肯霍夫庄园: the district, the manor a place
p.ent("ORG", "天津海关", line=8)                 # 天津海关进口植物检验检疫试种基地: the customs' base (cf. 1601 移动公司营业厅)
p.ent("ADMIN", "芦台", line=8)                   # 芦台春 (brand named after 芦台, 宁河区's seat): unit inside a brand, decision 2
#   …地方文化博物馆百年统战史展厅, 津沽稻乡展销直播基地, 七里海湿地: venues and sites, no span
p.ent("PERSON", "于方舟", line=8)                # 于方舟故居: a real person inside a site's name
p.ent("ADMIN", "宁河区", line=8)                 # 感受宁河区地域特色文化
p.ent("ADMIN", "宁河区", line=8)                 # 了解宁河区高质量发展
p.ent("ADMIN", "天津市", line=8)
#   京津冀三地, “同心共赋能·种业促振兴”: no span

# ---- line 10
p.ent("ADMIN", "宁河区", line=10)

# ---- line 14: rights line of the body's own site
p.ent("ORG", "中共天津市委统战部", line=14)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 10, "BODY", article=1)
p.block(14, 14, "PAGE")          # 版权所有 / ICP line (site furniture)

p.save()
