"""page-3404: 云南日报, 2003-04-03, republished on news.sina.com.cn (国内新闻), one article:
云南省委书记白恩培调研纪行. Text as returned by the `pages` store, from its title (the
portal's navigation bar and breadcrumb above the title are left out); the stored text
ends in a cut-off paragraph (十六个地、州), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3404", "corpus/raw/pages/3404_yunnan_baienpei_diaoyan.txt",
         publisher="云南日报", date="2003-04-03", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "云南省委", line=1)                     # 云南省委书记: contracted title keeps the organ
p.ent("PERSON", "白恩培", line=1)

# ---- line 3: the portal's source line: URL, timestamp, medium
p.byline("BYLINE", "云南日报", line=3)               # a medium with its timestamp (21NN); URL and time outside
p.ent("ORG", "云南日报", line=3)

# ---- line 5
p.ent("ORG", "省委", line=5)                          # 省委书记白恩培
p.ent("ADMIN", "思茅市", line=5)
p.ent("ADMIN", "南屏镇", line=5)
p.ent("ADMIN", "三棵桩村", line=5)
p.ent("ORG", "中央", line=5)                          # 中央开了十六大: the centre acting; 十六大 no formula
p.ent("PERSON", "吴雄亚", line=5)
p.ent("PERSON", "白恩培", line=5, every=True)         # five mentions

# ---- line 6: no names (一件一件: a manner, no formula)

# ---- line 8
p.ent("PERSON", "白恩培", line=8)
p.ent("ORG", "省委", line=8)                          # 省委书记 (his office)
p.ent("ADMIN", "延安", line=8)                        # 革命圣地延安: the city as a place

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 6, "BODY", article=1)
p.block(8, 8, "BODY", article=1)

p.save()
