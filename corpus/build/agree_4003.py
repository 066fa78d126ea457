"""agree-page-4003: 都昌新闻网 (都昌县融媒体中心, Jiangxi 九江市), 2022-11-22, one article:
县委书记邱舰主持召开都昌新材料及智能装备产业园项目调度会议. Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4003", "corpus/raw/pages/4003_duchang_chanyeyuan_diaodu.txt",
         publisher="都昌新闻网", date="2022-11-22", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "县委", line=1)                         # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "邱舰", line=1)
p.ent("ADMIN", "都昌", line=1)                       # 都昌新材料及智能装备产业园: a park (decision 3), unit inside

# ---- line 5: first paragraph
p.ent("ORG", "县委", line=5)
p.ent("PERSON", "邱舰", line=5)
p.ent("ADMIN", "都昌", line=5, nth=1)                # 都昌新材料及智能装备产业园项目调度会议
p.ent("PERSON", "万述幼", line=5)                    # 县长 (level word + title): no span
for name in ["王能耘", "伍术刚", "刘红", "余琦"]:
    p.ent("PERSON", name, line=5)
p.ent("ADMIN", "都昌", line=5)                       # 都昌新材料及智能装备产业园项目总经理 (a project, no ORG)
p.ent("PERSON", "陈春煦", line=5)
p.ent("ORG", "九江长江新材料研究院", line=5)           # a research institute, prefix inside
p.ent("PERSON", "黄庆", line=5)

# ---- line 7
p.ent("PERSON", "邱舰", line=7)

# ---- line 9 (一盘棋: no formula; 问题导向、目标导向、结果导向: no numeral)
p.ent("PERSON", "邱舰", line=9)
p.ent("ADMIN", "都昌", line=9)

# ---- line 11: source/author meta line under the article (decision 12)
p.byline("BYLINE", "来源:都昌县融媒体中心 沈国斌 王会治", line=11)
p.ent("ORG", "都昌县融媒体中心", line=11)
p.ent("PERSON", "沈国斌", line=11)
p.ent("PERSON", "王会治", line=11)

# ---- lines 13-17: editor lines (PAGE), names PERSON
p.ent("PERSON", "石小玲", line=13)
p.ent("PERSON", "陈典洪", line=15)
p.ent("PERSON", "付文龙", line=17)

# ---- lines 19-20: previous/next links (PAGE), units keep their spans
p.ent("ORG", "都昌二中", line=20)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # 2022-11-22 分享 (date + share button)
p.block(5, 9, "BODY", article=1)
p.block(11, 11, "BYLINE", article=1)
p.block(13, 17, "PAGE")          # 责编 / 审核 / 审签
p.block(19, 20, "PAGE")          # 上一条 / 下一条
p.block(22, 28, "PAGE")          # 相关信息, comment widget, 手机版电脑版flash

p.save()
