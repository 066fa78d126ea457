"""page-2303: 正蓝旗人民政府 (zlq.gov.cn, 动态新闻 > 图片新闻), 2021-12-07, one article:
正蓝旗召开旗委农村牧区工作领导小组第三次会议. Text as returned by the `pages` store, from its
title (the breadcrumb 当前位置: 网站首页 > 动态新闻 > 图片新闻 above the title is left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2303", "corpus/raw/pages/2303_zhenglanqi_nongcun_muqu_huiyi.txt",
         publisher="正蓝旗人民政府", date="2021-12-07", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "正蓝旗", line=1)
p.ent("ORG", "旗委农村牧区工作领导小组", line=1)   # a named body of the 旗委 (sub-unit after its organ)

# ---- line 3: meta line (decision 12: one BYLINE per labelled credit, date outside)
p.byline("BYLINE", "来源:正蓝旗融媒体中心", line=3)
p.ent("ORG", "正蓝旗融媒体中心", line=3)

# ---- line 6
p.ent("ORG", "正蓝旗委", line=6, nth=1)             # 正蓝旗委副书记
p.ent("PERSON", "刘晓敏", line=6)                    # 代旗长: title, no span
p.ent("ORG", "正蓝旗委农村牧区工作领导小组", line=6)
p.ent("ORG", "旗政协", line=6)
p.ent("PERSON", "钢布和", line=6)
p.ent("ORG", "旗委", line=6, after="钢布和")          # 旗委副书记
p.ent("PERSON", "冯建军", line=6)
p.ent("ORG", "旗委", line=6, after="冯建军")          # 旗委常委 -> ORG 旗委
p.ent("PERSON", "胡格吉乐图", line=6)
#   政府副旗长: bare 政府 (institution type) gets no span
p.ent("PERSON", "特木尔", line=6)
p.ent("PERSON", "阿木吉拉图", line=6)

# ---- line 8
p.ent("ORG", "自治区乡村振兴局", line=8)
p.ent("ADMIN", "正蓝旗", line=8)                     # inside the title of a report

# ---- line 10
p.ent("ORG", "旗政协", line=10)
p.ent("PERSON", "钢布和", line=10)
p.ent("ORG", "旗委", line=10)
p.ent("PERSON", "冯建军", line=10)
p.ent("PERSON", "特木尔", line=10)
p.ent("PERSON", "阿木吉拉图", line=10)

# ---- line 12
p.ent("PERSON", "刘晓敏", line=12)
#   全旗各级各部门, 各苏木镇(场), 苏木镇(场)党委、政府: generic, no span

# ---- line 19: site footer
p.ent("ORG", "正蓝旗人民政府", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)    # 来源:… 发布日期:…
p.block(4, 4, "PAGE")                 # 字体:[ | | ] 打印本页
p.block(6, 14, "BODY", article=1)
p.block(16, 17, "PAGE")               # 上一篇: / 下一篇:
p.block(19, 19, "PAGE")               # site name
p.block(21, 26, "PAGE")               # accessibility widget (无障碍浏览 长者模式 智能问答 政策问答库)

p.save()
