"""page-1705: 余庆县融媒体中心 (贵州 遵义市 余庆县), 2020-07-22, one article:
县委书记令狐绍辉到县融媒体中心调研. Text as returned by the `pages` store (a repost on
zkxblog.com, "ZKX's LAB", marked 原标题), from its title; the cut-off last paragraph dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1705", "corpus/raw/pages/1705_yuqing_linghu_rongmeiti.txt",
         publisher="余庆县融媒体中心", date="2020-07-22", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "县委", line=1)                     # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "令狐绍辉", line=1)
p.ent("ORG", "县融媒体中心", line=1)

# ---- line 5: 原标题 line (repost furniture, PAGE), entities still annotated
p.ent("ORG", "县委", line=5)
p.ent("PERSON", "令狐绍辉", line=5)
p.ent("ORG", "县融媒体中心", line=5)

# ---- line 7
p.ent("ORG", "县委宣传部", line=7, nth=1)        # longer names first
p.ent("ORG", "县委宣传部", line=7, nth=1)        # second free occurrence (after 县委办)
p.ent("ORG", "县委办", line=7)
p.ent("ORG", "县委", line=7, nth=1)             # 县委书记
p.ent("ORG", "县委", line=7, nth=1)             # 县委常委 -> ORG 县委 (shortened title keeps the organ)
p.ent("PERSON", "令狐绍辉", line=7)
p.ent("ORG", "县融媒体中心", line=7)
p.ent("ORG", "统战部", line=7)                  # 统战部部长: the county's united-front department
p.ent("PERSON", "金汉伟", line=7)
p.ent("ORG", "县财政局", line=7)
p.ent("ORG", "县市管局", line=7)
p.ent("ORG", "县文体旅游局", line=7)

# ---- line 9
p.ent("ORG", "县融媒体中心", line=9, every=True)  # 办公大楼 of the centre; 县融媒体中心建设
p.ent("PERSON", "令狐绍辉", line=9)

# ---- line 11
p.ent("ORG", "县融媒体中心", line=11, every=True)

# ---- line 13
p.ent("PERSON", "令狐绍辉", line=13)
#   县级融媒体中心: a kind of body (建好县级融媒体中心), no span
p.ent("ORG", "党中央", line=13)
p.ent("ORG", "余庆县融媒体中心", line=13)
#   中心以崭新的姿态: bare institution word, no span
p.ent("ORG", "县委", line=13)
p.ent("ORG", "县政府", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")        # 2020-07-22新闻5 : date + site category + counter
p.block(5, 5, "PAGE")        # 原标题:… : repost meta line
p.block(7, 13, "BODY", article=1)

p.save()
