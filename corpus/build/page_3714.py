"""page-3714: 法库县人民政府 (county portal news, publisher inferred; copy stored at
shengjing.city/9/), 2012-02-10, one article: 副市级干部沙波涛到我县调研新城建设.
Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3714", "corpus/raw/pages/3714_faku_shabotao_xincheng.txt",
         publisher="法库县人民政府", date="2012-02-10", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "沙波涛", line=1)             # 副市级干部: a rank, no span

# ---- line 3
p.ent("PERSON", "沙波涛", line=3)
p.ent("ADMIN", "法库", line=3)
p.ent("ADMIN", "沈阳", line=3)                # 沈阳经济区: a regional strategy, not a zone (decision 2)

# ---- line 5
p.ent("PERSON", "陈佳标", line=5)             # 县长: title
p.ent("ADMIN", "法库", line=5)
p.slogan("PARALLEL", "一带、两城、三区", line=5)  # parts joined by 、 form one layout formula

# ---- line 6
p.ent("PERSON", "陈佳标", line=6)
p.ent("ADMIN", "沈阳", line=6, nth=1)
p.ent("ADMIN", "法库", line=6)                # 法库新城: a planned new town, unit inside
p.ent("ADMIN", "沈阳", line=6)

# ---- line 7
p.ent("PERSON", "沙波涛", line=7)
p.ent("ORG", "法库县委", line=7)
p.ent("ORG", "县政府", line=7)
p.ent("ADMIN", "沈阳", line=7)

# ---- line 8
p.ent("PERSON", "沙波涛", line=8)
p.ent("ADMIN", "法库", line=8)
p.ent("ADMIN", "沈阳", line=8)

# ---- line 9: sites inspected
p.ent("PERSON", "沙波涛", line=9)
#   东湖新城 (a planned new-town area), 东北外环路, 综合服务中心, 文体中心, 幸福花园 (a compound),
#   沙河治理区域: places, no span
p.ent("ORG", "陶瓷学院", line=9)              # a college (§2 schools), as 定州中学 on page-1601
p.ent("ORG", "经济开发区金地阳陶瓷有限公司", line=9)  # enterprise with its zone prefix (§2, one ORG)

# ---- line 10
p.ent("ORG", "县委", line=10)                 # 县委常委 -> 县委 (shortened title keeps the organ)
p.ent("PERSON", "彭书国", line=10)
p.ent("PERSON", "盖燕风", line=10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                         # date-only line
p.block(3, 10, "BODY", article=1)

p.save()
