"""page-1806: 甘谷县人民政府 (gangu.gov.cn, 政府信息公开), 甘肃 天水市 甘谷县, 2020-05-11, one article
(来源:甘谷县融媒体中心): 【直击两会】甘谷县政府2020年将为民办好15件大事和民生实事. Text as returned by the
`pages` store, which prints the body first and the title, meta line and footer after it (kept in that order)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1806", "corpus/raw/pages/1806_gangu_lianghui_shijian.txt",
         publisher="甘谷县人民政府", date="2020-05-11", script="simplified", origin="pages")

# ---- line 1: body (the report's fifteen items)
p.ent("ORG", "甘谷县第十七届人民代表大会", line=1)   # the congress (term inside the name); 第五次会议 is the meeting
p.ent("PERSON", "吴健", line=1)                    # 县长 is a title
#   《政府工作报告》: document title, no unit inside
p.ent("ORG", "县政府", line=1)
p.ent("ORG", "县医院", line=1)                      # 县医院迁建项目: the hospital named in a project (dec. 2)
#   西环路, 新城路, 像山路, 渭川路, 康庄东路, 新安大道: roads, no span
p.ent("ADMIN", "土桥子", line=1)                    # 土桥子脊兽产业园: park is a place, the village inside it ADMIN (dec. 2/3)
#   柳湖片区: an area; 西城区九年制学校: a school still to be built, 西城区 = the town's west side (no unit): no span
p.ent("ORG", "六中", line=1)                        # 六中新校区: the school, its new campus a place
p.ent("ORG", "三中初中部", line=1)                  # a school's section, one span with its parent (dec. 13)
p.ent("ORG", "新兴小学", line=1)
p.ent("ORG", "第五幼儿园", line=1)
p.ent("ORG", "第六幼儿园", line=1)
p.slogan("PER_UNIT", "一事一议", line=1)
p.slogan("PER_UNIT", "一村一场", line=1)
p.slogan("GROUP", "两癌", line=1)                   # “两癌”检查 (cervical and breast cancer screening)

# ---- line 3: title (printed after the body by the stored page)
#   【直击两会】: series banner inside the HEADLINE; 两会 is a count of meetings (like 两院), no formula
p.ent("ORG", "甘谷县政府", line=3)

# ---- line 4: meta line
p.byline("BYLINE", "来源:甘谷县融媒体中心", line=4)
p.ent("ORG", "甘谷县融媒体中心", line=4)

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "COLUMN")        # 政府信息公开: the site's section
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "BYLINE", article=1)   # 索引号/时间 outside the span, 来源 credit inside (dec. 12)
p.block(6, 6, "PAGE")          # 甘公网安备… (site furniture)

p.save()
