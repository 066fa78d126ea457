"""page-6004: jszhanzhi.com (盐城新闻 section), 时间:2016-04-03, one article: 盐城阜宁:吴晓丹调研县农业农村工作
(a 阜宁县 county news item, written from the county's side: 我县; closing credit (胡春禹); the original outlet is
not named, so the publisher is recorded by the site's domain). Text as returned by the `pages` store, from its
title (the breadcrumb 当前位置: 主页 > 盐城新闻 > 正文 above it left out); the article is complete."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6004", "corpus/raw/pages/6004_funing_wuxiaodan_diaoyan.txt",
         publisher="jszhanzhi.com", date="2016-04-03", script="simplified", origin="pages")

# ---- line 1: headline "盐城阜宁:…"
p.ent("ADMIN", "盐城", line=1)
p.ent("ADMIN", "阜宁", line=1)
p.ent("PERSON", "吴晓丹", line=1)

# ---- line 3: 时间:2016-04-03 (date-only meta line) -> PAGE, no span

# ---- line 5
p.ent("PERSON", "吴晓丹", line=5)            # 副市长吴晓丹: 市 is a bare level word
p.ent("ORG", "市农委", line=5)
p.ent("PERSON", "乐超", line=5)
p.ent("ORG", "市民政局", line=5)
p.ent("PERSON", "谷红彬", line=5)
p.ent("ORG", "市开发局", line=5)
p.ent("PERSON", "许德智", line=5)
p.ent("ORG", "县委", line=5)                 # 县委副书记、县长徐华明
p.ent("PERSON", "徐华明", line=5)
p.ent("PERSON", "朱玲", line=5)              # 县领导朱玲、张哲峰
p.ent("PERSON", "张哲峰", line=5)

# ---- line 7
p.ent("PERSON", "吴晓丹", line=7, nth=1)
p.ent("ADMIN", "阜宁", line=7, every=True)   # “七彩阜宁”农业公园 (twice): the unit inside a park's / brand's name
p.ent("PERSON", "吴晓丹", line=7, every=True)
#   彩蔬农场, 农业公园: places, no span

# ---- line 9
p.ent("PERSON", "吴晓丹", line=9, every=True)
p.ent("ADMIN", "羊寨", line=9, before="桃花源农庄")   # 羊寨桃花源农庄: a resort farm; the town 羊寨(镇) inside its name
p.ent("ADMIN", "羊寨镇", line=9)
p.ent("ORG", "社会托底救助中心", line=9)     # a named institution with its 组织架构 and 业务办理
p.ent("ORG", "托底救助中心", line=9)         # its short form (中心组织架构: the bare 中心, no span)
p.ent("ADMIN", "阜宁", line=9)               # 阜宁托底救助工作
p.ent("ADMIN", "三灶镇", line=9)             # 三灶镇万顷良田现场
p.byline("CREDIT", "(胡春禹)", line=9)
p.ent("PERSON", "胡春禹", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                        # 时间:2016-04-03
p.block(5, 9, "BODY", article=1)

p.save()
