"""page-3509: 武隆网 (cqwulong.cn, 重庆市武隆区), 2023-12-06, one article:
王频主持召开区政协十届委员会第35次主席会. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3509", "corpus/raw/pages/3509_wulong_zhengxie_zhuxihui.txt",
         publisher="武隆网", date="2023-12-06", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "王频", line=1)
p.ent("ORG", "区政协十届委员会", line=1)          # term after the organ + 委员会: one ORG (县政协九届委员会)

# ---- line 2: breadcrumb with date (PAGE)
p.ent("ORG", "武隆网", line=2)                    # the unit's own news site (巫山网 precedent)

# ---- line 4: byline + lead
p.byline("BYLINE", "本网讯 (记者 湛伟 王艺)")     # 本网 is never ORG
p.ent("PERSON", "湛伟", line=4)
p.ent("PERSON", "王艺", line=4)
p.ent("ORG", "区政协", line=4, nth=1)             # 区政协主席王频
p.ent("PERSON", "王频", line=4)
p.ent("ORG", "区政协", line=4, after="王频")       # 区政协三楼会议室: the organ, its room is a place
p.ent("ORG", "区政协十届委员会", line=4)

# ---- line 6: attendees
p.ent("ORG", "区政协", line=6)
for name in ["陈鹂", "杨华", "黄锋", "张春玉", "罗维"]:
    p.ent("PERSON", name, line=6)

# ---- line 8
p.ent("PERSON", "习近平", line=8, nth=1)
p.ent("ORG", "中共中央政治局", line=8)             # 二十届 before the organ stays outside (六届市纪委)
p.ent("PERSON", "习近平", line=8)
p.ent("ORG", "山西吕梁市永聚煤矿", line=8)         # enterprise with its admin prefix (§2: one ORG)
p.ent("PERSON", "袁家军", line=8)
p.ent("ORG", "政协重庆市武隆区委员会", line=8)       # organ inside a document title
p.ent("ORG", "区政协", line=8)                    # 区政协十届三次全会: the session is the event

# ---- line 10
p.ent("PERSON", "王频", line=10)
#   政协提案 (CPPCC proposals in general): no span
p.ent("ORG", "区政协", line=10)                   # 区政协十届三次全会

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")          # 您的位置:武隆网 > 时政新闻 > 正文 | date | 阅读量:
p.block(4, 10, "BODY", article=1)
p.block(12, 12, "PAGE")        # [打印]
p.block(14, 14, "PAGE")        # [责任编辑: ] (empty editor line)

p.save()
