"""page-4413: 辛集市人民政府 (辛集市人民政府网), 2020-10-31, one article:
河北辛集召开全国(省级)文明城市创建调度会. Text as returned by the `pages` store (a copy on
m.fidreport.com of 河北新闻网's 辛集 channel; the article credits 来源:辛集市人民政府网), from
its breadcrumb and title, whole article kept; the tab indentation of the share widget is kept as stored."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4413", "corpus/raw/pages/4413_xinji_chuangcheng_diaodu.txt",
         publisher="辛集市人民政府", date="2020-10-31", script="simplified", origin="pages")

# ---- line 1: breadcrumb 辛集>>
p.ent("ADMIN", "辛集", line=1)

# ---- line 3: headline
p.ent("ADMIN", "河北", line=3)
p.ent("ADMIN", "辛集", line=3)
#   全国(省级)文明城市创建调度会: a meeting, no span

# ---- line 5: timestamp + source (decision 12: one BYLINE span for the labelled credit)
p.byline("BYLINE", "来源:辛集市人民政府网", line=5)
p.ent("ORG", "辛集市人民政府网", line=5)           # an organ's own web site is ORG

# ---- line 8: first paragraph
p.ent("ADMIN", "辛集", line=8)                      # 辛集再次召开…: the city
for name in ["张勇", "范玉柱", "乔紫超", "张海军"]:
    p.ent("PERSON", name, line=8)
p.ent("ORG", "创城办", line=8)                      # 创城办各督导组: the office; 各督导组 generic

# ---- line 10
p.ent("ORG", "市委", line=10)                       # 市委副书记 -> ORG + title
p.ent("PERSON", "张勇", line=10)
p.ent("ADMIN", "辛集", line=10)
p.slogan("PER_UNIT", "百米一人", line=10)           # a rule per unit (like 三天一通报)

# ---- line 12: last paragraph + closing credit
p.ent("ORG", "市委", line=12)                       # 市委常委 -> ORG 市委
p.ent("ORG", "宣传部", line=12)                     # 宣传部长 -> ORG 宣传部
p.ent("PERSON", "乔紫超", line=12)
p.byline("CREDIT", "(记者 王鹏 张思瑶)", line=12)
p.ent("PERSON", "王鹏", line=12)
p.ent("PERSON", "张思瑶", line=12)

# ---- line 14: source line under the article
p.byline("BYLINE", "来源:辛集市人民政府网", line=14)
p.ent("ORG", "辛集市人民政府网", line=14)

# ---- line 15: editor line (PAGE, the name still PERSON)
p.ent("PERSON", "郭宏", line=15)

# ---- lines 16-25: share / app widget of the carrying site
p.ent("ORG", "河北新闻网", line=17)
p.ent("ORG", "河北日报", line=20)

# ---- blocks
p.block(1, 1, "PAGE")                  # breadcrumb 辛集>>
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)     # 2020-10-31 13:26:12 来源:辛集市人民政府网
p.block(6, 6, "PAGE")                  # 进入移动版,省流量,体验好
p.block(8, 12, "BODY", article=1)
p.block(14, 14, "BYLINE", article=1)   # 来源:辛集市人民政府网 (below the article)
p.block(15, 15, "PAGE")                # 责任编辑:郭宏
p.block(16, 25, "PAGE")                # 更多精彩内容请关注 … 回到顶部 (split by the tab-only lines)

p.save()
