"""page-6002: 巴彦淖尔市教育局 (jyj.bynr.gov.cn, section 教育新闻), 2023-02-21. One article:
乌拉特中旗教育局召开2023年全旗教育工作会议. Text as returned by the `pages` store, from its title
(the breadcrumb 当前位置: 网站首页 / 教育新闻 above the title left out); the site's 上一条/下一条 links kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6002", "corpus/raw/pages/6002_bynr_wulatezhongqi_jiaoyu.txt",
         publisher="巴彦淖尔市教育局", date="2023-02-21", script="simplified", origin="pages")

# ---- line 1: headline with its series banner 迈向新征程|
p.ent("ORG", "乌拉特中旗教育局", line=1)

# ---- line 3: 时间:2023-02-21 浏览数:次 来源: (every credit empty: date-only meta line, PAGE, no byline)

# ---- line 5
p.ent("ORG", "教育局机关党委", line=5)           # the bureau's 机关党委: sub-unit joins its organ (add first)
p.ent("ORG", "教育局", line=5, nth=1)            # bare 教育局 召开: one specific body (decision 13)
p.ent("PERSON", "杨智", line=5)
#   我旗, 局领导班子, 全旗各中小学、幼儿园, 局机关各股室: deictic/generic, no span

# ---- line 9
p.ent("ADMIN", "乌拉特中旗", line=9)

# ---- line 11
p.slogan("GROUP", "五育", line=11)               # 坚持“五育”并举: the quoted count (德智体美劳), items not listed
p.slogan("GROUP", "双减", line=11)               # 双减政策: 双 counts in fixed formulas (decision 10)

# ---- line 13
p.ent("PERSON", "杨智", line=13)

# ---- lines 15, 17: the site's previous/next links (PAGE), spans kept
p.ent("ORG", "杭锦后旗教育局", line=15)
p.ent("ORG", "市教育局", line=17)                # 市教育局总督学 -> ORG + title
p.ent("PERSON", "屈强军", line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")
p.block(5, 13, "BODY", article=1)
p.block(15, 15, "PAGE")
p.block(17, 17, "PAGE")

p.save()
