"""page-2703: 乌审旗 (内蒙古鄂尔多斯市) government site wmws.gov.cn, 2012-08-29, one article:
阿尔山市党政考察团一行来我旗考察. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2703", "corpus/raw/pages/2703_wushen_aershan_kaocha.txt",
         publisher="乌审旗政府网站 (wmws.gov.cn)", date="2012-08-29", script="simplified",
         origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "阿尔山市", line=1)                 # 阿尔山市党政考察团: the delegation is no ORG
#   我旗: deictic, no span

# ---- line 2: 作者: 来源: 发布时间:… (both credit labels empty) -> PAGE, no byline span

# ---- line 3
p.ent("ADMIN", "兴安盟", line=3)
p.ent("ADMIN", "阿尔山市", line=3)
p.ent("ORG", "市援兴办", line=3)                   # 阿尔山市's office (市 + 援兴办), like 市文明办
for name in ["伊达木", "宝音满都呼", "王力平", "陈旭辉", "曹银山", "肖翠艳"]:
    p.ent("PERSON", name, line=3)
p.ent("ORG", "旗政府办", line=3)
p.ent("ORG", "发展改革经济商务和信息化局", line=3)   # bare functional departments of the 旗 (decision 13)
p.ent("ORG", "教育局", line=3)
p.ent("ORG", "建设局", line=3)
p.ent("ADMIN", "图克镇", line=3)                   # a town named among the units whose heads attend

# ---- line 4: the sites visited
p.ent("ADMIN", "图克", line=4)                     # 图克工业项目区: a place; the town's name inside (decision 2)
p.ent("ADMIN", "乌兰陶勒盖镇", line=4)              # ...镇皇香牌生猪养殖基地: brand/base, no ORG
p.ent("ORG", "旗行政服务中心", line=4)              # a government institution (like 市中医医院 on page-1601)
#   人居环境示范住宅区1#地怡林苑, 南丁佳苑: residential compounds; 旗教育园区: a place;
#   人民医院: bare institution type (decision 13); 文化活动中心: generic -> no spans

# ---- line 5
p.ent("ADMIN", "乌审旗", line=5, nth=1)
p.ent("ADMIN", "乌审旗", line=5, nth=1)            # second 乌审旗 (first now covered)
p.ent("ADMIN", "阿尔山", line=5)
p.ent("ADMIN", "鄂尔多斯市", line=5)
p.ent("PERSON", "徐增艳", line=5)
p.byline("CREDIT", "(徐增艳)")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")          # 作者: 来源: 发布时间:2012-08-29 (labels empty: a date-only meta line)
p.block(3, 5, "BODY", article=1)

p.save()
