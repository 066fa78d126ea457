"""page-4901: 天津市宁河区人民政府 (tjnh.gov.cn, 新闻中心 > 宁河要闻), published 2026-01-26
(来源: 区融媒体中心), one article: 区政府召开《…第十五个五年规划纲要》和《政府工作报告》征求意见座谈会.
Text as returned by the `pages` store, from its title (the browser notice and the breadcrumb above
the title are left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4901", "corpus/raw/pages/4901_ninghe_shiwuwu_zuotan.txt",
         publisher="天津市宁河区人民政府", date="2026-01-26", script="simplified", origin="pages")

# ---- line 1: headline, with the series banner 【走进区政府】 on the title line
p.ent("ORG", "区政府", line=1, nth=1)            # 【走进区政府】: the district government named in the banner
p.ent("ORG", "宁河区政府", line=1)
p.ent("ADMIN", "天津市", line=1)                  # inside a document title (decision 2)
p.ent("ADMIN", "宁河区", line=1, after="天津市")
#   第十五个五年规划: an ordinal spelled out, no PLAN formula; 《政府工作报告》: bare 政府, no span

# ---- line 3: web meta line (source credit + timestamp)
p.byline("BYLINE", "来源:  区融媒体中心", line=3)
p.ent("ORG", "区融媒体中心", line=3)

# ---- line 5
p.ent("ORG", "区政府", line=5)
p.ent("ADMIN", "天津市", line=5)
p.ent("ADMIN", "宁河区", line=5)
p.ent("ORG", "区人大", line=5)                     # 区人大代表 -> the congress + a role
p.ent("ORG", "区政协", line=5)                     # 区政协委员
#   政府各项工作: bare 政府, no span

# ---- line 7
p.ent("ADMIN", "天津市", line=7)
p.ent("ADMIN", "宁河区", line=7)

# ---- line 9
p.slogan("PLAN", "十四五", line=9)
p.ent("PERSON", "习近平", line=9)
p.ent("ADMIN", "天津", line=9)                     # 视察天津重要讲话精神
p.ent("ORG", "市委", line=9)                       # 市委十二届七次全会: the organ inside the meeting's name
p.ent("ADMIN", "宁河", line=9, nth=1)              # 宁河政治生态
p.slogan("PLAN", "十五五", line=9)
p.ent("ORG", "区政府", line=9)
p.ent("ADMIN", "宁河", line=9, every=True)         # 体现宁河发展要求, 推动宁河经济社会

# ---- line 11
p.ent("PERSON", "沈洁", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)
p.block(14, 14, "PAGE")        # 附件:
p.block(16, 17, "PAGE")        # 分享到: / 【打印页面】 【关闭页面】

p.save()
