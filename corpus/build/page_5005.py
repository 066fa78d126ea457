"""page-5005: 四川新闻网 (dy.newssc.org, 德阳 channel, 首屏新闻), 2025-01-06 (from the url), one article:
旌阳街道文昌社区首届邻里节. Text supplied by 旌阳区融媒体中心 (closing credit). The `pages` store kept no
title line; the text is taken as stored from its first line, with the three `![]() |` image-markup lines
stripped (they leave blank lines). The article is complete (it ends with its credit)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5005", "corpus/raw/pages/5005_jingyang_wenchang_linlijie.txt",
         publisher="四川新闻网", date="2025-01-06", script="simplified", origin="pages")

# ---- line 1: site name + section (page furniture)
p.ent("ORG", "四川新闻网", line=1)

# ---- line 2: opening paragraph
p.ent("ADMIN", "文昌", line=2, before="绿动邻里")          # “缘聚文昌 …”: the community's short name inside the theme (decision 2)
#   德邻一家亲: 德 is a one-character short form (德阳): no span
p.ent("ADMIN", "旌阳街道", line=2, nth=1)                  # …・旌阳街道文昌社区首届邻里节 (unit inside an event name)
p.ent("ADMIN", "文昌社区", line=2, nth=1)
#   石刻公园: a park, a place (no span)
p.ent("ORG", "市生活垃圾分类事务中心", line=2)
p.ent("ORG", "区民政局", line=2)
p.ent("ADMIN", "旌阳街道", line=2, after="区民政局")        # 旌阳街道主办: the sub-district by its unit name
p.ent("ADMIN", "旌阳街道", line=2, after="主办")
p.ent("ADMIN", "文昌社区", line=2, after="主办")
p.ent("ORG", "区开创养老服务中心", line=2)                 # a named care institution (敬老院/养老院 rule)

# ---- lines 6-8
p.ent("PERSON", "杨勇群", line=6)
#   石刻公园广场: place
p.ent("PERSON", "申裕国", line=8)

# ---- line 10: last paragraph + closing credit
p.ent("ADMIN", "旌阳街道", line=10)
p.ent("ADMIN", "文昌社区", line=10)
p.byline("CREDIT", "(供稿/供图:旌阳区融媒体中心)")
p.ent("ORG", "旌阳区融媒体中心", line=10)

# ---- blocks
p.block(1, 1, "PAGE")                 # 四川新闻网-首屏新闻 (site name and its section over the text)
p.block(2, 2, "BODY", article=1)
p.block(4, 4, "BODY", article=1)
p.block(6, 8, "BODY", article=1)
p.block(10, 10, "BODY", article=1)

p.save()
