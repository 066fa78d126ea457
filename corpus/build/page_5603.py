"""page-5603: 沂水县高庄镇人民政府 (township record on the 沂水县 portal yishui.gov.cn, 政务公开;
发布机构: 沂水县高庄镇), 2021-03-06, one article: 高庄镇2021年政府工作报告 (its opening).
Text as returned by the `pages` store, from its title (the portal's navigation lines above the
title left out); the stored opening ends inside the third paragraph of the review, which is
dropped (cut mid-sentence: "…增进人民群")."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5603", "corpus/raw/pages/5603_yishui_gaozhuang_zhengfu_baogao.txt",
         publisher="沂水县高庄镇人民政府", date="2021-03-06", script="simplified", origin="pages")

# ---- line 1: title
p.ent("ADMIN", "高庄镇", line=1)              # unit inside a document title (decision 2); 政府工作报告 is the kind

# ---- lines 3-6: open-government record fields
#   line 3 索引号/主题词/公开方式: PAGE, no spans
#   line 4 文号 / 发布机构 / 发布日期: the 发布机构 field is the page's credit (BYLINE, decision 12),
#   the unit credited in a source field is the place (29NN/30NN: 发布机构: 永川区来苏镇 -> ADMIN, ADMIN)
p.byline("BYLINE", "发布机构: 沂水县高庄镇", line=4)
p.ent("ADMIN", "沂水县", line=4)
p.ent("ADMIN", "高庄镇", line=4)
#   line 5 浏览次数/有效性/成文日期: PAGE
#   line 6 标题 field repeating the title: PAGE (a record field), unit inside it ADMIN
p.ent("ADMIN", "高庄镇", line=6)

# ---- line 8: section heading
p.slogan("PLAN", "十三五", line=8)

# ---- line 10
p.slogan("PLAN", "十三五", line=10, nth=1)
p.ent("ADMIN", "高庄", line=10, before="经济社会快速发展")   # the town by its bare name
p.ent("PERSON", "习近平", line=10)
p.ent("ORG", "县委", line=10)
p.ent("ORG", "县政府", line=10)
p.ent("ORG", "镇党委", line=10)
#   一手抓发展,一手抓民生: two clauses split by a comma, no formula (decision 10)
p.slogan("PLAN", "十三五", line=10, nth=1)            # “十三五”规划 (the first is taken already)
p.ent("ADMIN", "高庄", line=10, after="和谐美丽新")   # 富裕文明和谐美丽新高庄: the unit inside the aim's name (decision 2)

# ---- line 12: enterprises that settled in the town (named companies, ORG)
for name in ["山东皇世食品", "智班自动化", "恩泰数码科技", "居然之家", "上品源饮品", "创升电子"]:
    p.ent("ORG", name, line=12)
p.ent("ADMIN", "高庄镇", line=12)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")
p.block(4, 4, "BYLINE", article=1)
p.block(5, 6, "PAGE")
p.block(8, 8, "CROSSHEAD", article=1)
p.block(10, 12, "BODY", article=1)

p.save()
