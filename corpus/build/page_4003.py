"""page-4003: 都昌新闻网 (都昌县融媒体中心, dcxnews.com, section 都昌要闻), 2022-11-22, one article:
县委书记邱舰主持召开都昌新材料及智能装备产业园项目调度会议. Text as returned by the `pages` store,
from its title; the page's last line (Copyright © 2010-2018都昌新闻网(电脑版请先安装fla) is cut off
mid-word and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4003", "corpus/raw/pages/4003_duchang_chanyeyuan_diaodu.txt",
         publisher="都昌新闻网", date="2022-11-22", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "县委", line=1)                          # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "邱舰", line=1)
p.ent("ADMIN", "都昌", line=1)                        # 都昌新材料及智能装备产业园项目: a park/project, unit inside (decision 2)

# ---- line 5: lead paragraph
p.ent("ORG", "县委", line=5)
p.ent("PERSON", "邱舰", line=5)
p.ent("ADMIN", "都昌", line=5)                        # …产业园项目调度会议
p.ent("PERSON", "万述幼", line=5)                     # 县长 (title)
for name in ["王能耘", "伍术刚", "刘红", "余琦"]:
    p.ent("PERSON", name, line=5)
p.ent("ADMIN", "都昌", line=5, after="余琦")           # …产业园项目总经理: the project, no ORG (a project is a programme)
p.ent("PERSON", "陈春煦", line=5)
p.ent("ORG", "九江长江新材料研究院", line=5)          # a research institute, its city prefix inside
p.ent("PERSON", "黄庆", line=5)                       # 院长 (title)

# ---- line 7
p.ent("PERSON", "邱舰", line=7)

# ---- line 9
p.ent("PERSON", "邱舰", line=9)
p.ent("ADMIN", "都昌", line=9)                        # 都昌新材料及智能装备产业园项目
#   “一盘棋”: no formula (docs/annotation.md: 一盘棋 is not a formula)

# ---- line 11: source line with the reporters
p.byline("BYLINE", "来源:都昌县融媒体中心 沈国斌 王会治")
p.ent("ORG", "都昌县融媒体中心", line=11)
p.ent("PERSON", "沈国斌", line=11)
p.ent("PERSON", "王会治", line=11)

# ---- lines 13-17: editor lines (PAGE), names are PERSON
p.ent("PERSON", "石小玲", line=13)
p.ent("PERSON", "陈典洪", line=15)
p.ent("PERSON", "付文龙", line=17)

# ---- line 20: link to the next article
p.ent("ORG", "都昌二中", line=20)                     # a school that acts (召开家长会)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # 2022-11-22 分享 (date + share button)
p.block(5, 9, "BODY", article=1)
p.block(11, 11, "BYLINE", article=1)
p.block(13, 17, "PAGE")          # 责编 / 审核 / 审签
p.block(19, 28, "PAGE")          # 上一条 / 下一条, 相关信息, comments widget, 手机版电脑版flash

p.save()
