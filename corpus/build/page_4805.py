"""page-4805: 中山市东区街道 (source line 来源:东区), 2021-06-11, one article:
今天,广东中山东区满城皆是“红马甲”. Copy on 南方网's 广东乡村振兴库 (gdxk.southcn.com, 中山库 >
东区街道库 > 新闻报道). Text as returned by the `pages` store, from its breadcrumb and title; the last
stored paragraph (本次活动分为两组,…另一组在库充市) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4805", "corpus/raw/pages/4805_zhongshan_dongqu_hongmajia.txt",
         publisher="中山市东区街道", date="2021-06-11", script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE); units inside the site's section names keep their spans
p.ent("ADMIN", "中山", line=1)                      # 中山库
p.ent("ADMIN", "东区街道", line=1)                  # 东区街道库

# ---- line 3: headline
p.ent("ADMIN", "广东", line=3)
p.ent("ADMIN", "中山", line=3)
p.ent("ADMIN", "东区", line=3)

# ---- line 5: meta line, timestamp outside; a unit credited as source is the place (ADMIN)
p.byline("BYLINE", "来源:东区", line=5)
p.ent("ADMIN", "东区", line=5)

# ---- line 9
p.ent("ORG", "广东中山东区新鳌岭社区党委", line=9)   # a named community's party committee, prefixes attached
p.ent("ORG", "东区街道党工委", line=9)              # 东区街道党工委书记 -> ORG + title
p.ent("PERSON", "周俊峰", line=9)
p.ent("ORG", "党工委", line=9, after="周俊峰")      # bare 党工委 (委员) = the street's working committee
p.ent("PERSON", "邓庆杰", line=9)
#   社区两委: a count of bodies (村两委), no span
p.ent("ORG", "中山市府办", line=9)                  # 市府办 = 市政府办公室
p.ent("ORG", "中山市网信办", line=9)

# ---- lines 11-15: 越秀品峰花园, 品峰中庭小区 are residential compounds (no span); 一是/二是 run-in heads

# ---- line 17
p.ent("ORG", "广东中山东区街道党工委", line=17)
p.ent("ORG", "办事处", line=17)                     # 办事处主任: the street's office (as 3905 did)
p.ent("PERSON", "彭勃", line=17)
p.ent("ORG", "市人大", line=17)                     # 市人大代表 -> ORG 市人大 + title
p.ent("ORG", "建设银行中山市分行", line=17)

# ---- blocks
p.block(1, 1, "PAGE")                  # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)     # 2021-06-11 17:37:38 来源:东区
p.block(7, 7, "PAGE")                  # 7.png (image file name)
p.block(9, 17, "BODY", article=1)

p.save()
