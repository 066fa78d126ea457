"""page-2904: 呼和浩特日报 (source line 来源:呼和浩特日报, reprinted on 呼和浩特市地情网
hsdq.nmgqq.com.cn, 青城资讯), 2021-11-03, one article: 包钢一行走访部分中央驻呼新闻媒体.
Text as returned by the `pages` store, from its title (the site greeting above it dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2904", "corpus/raw/pages/2904_huhehaote_baogang_meiti.txt",
         publisher="呼和浩特日报", date="2021-11-03", script="simplified", origin="pages")

# ---- line 1: headline. 包钢 is the person (市委书记包钢), not the steel company.
p.ent("PERSON", "包钢", line=1)
#   中央驻呼新闻媒体: 呼 is a one-character short form (no ADMIN), 中央 a modifier (no ORG)

# ---- line 2: meta line with its source credit
p.byline("BYLINE", "来源:呼和浩特日报", line=2)
p.ent("ORG", "呼和浩特日报", line=2)

# ---- line 4
p.ent("ORG", "自治区党委", line=4)                     # 自治区党委常委: title keeps the organ
p.ent("ORG", "市委", line=4)                           # 市委书记
p.ent("PERSON", "包钢", line=4)
p.ent("ORG", "新华社内蒙古分社", line=4)               # a branch with its parent: one ORG
p.ent("ORG", "人民日报社内蒙古分社", line=4)
#   首府 (the capital): an epithet, no span

# ---- line 6
p.ent("ORG", "新华社内蒙古分社", line=6, nth=1)
p.ent("PERSON", "包钢", line=6, nth=1)
p.ent("ORG", "新华社内蒙古分社", line=6)               # in 新华社内蒙古分社社史陈列室 (a room: the branch only)
p.ent("ORG", "人民日报社内蒙古分社", line=6)
p.ent("PERSON", "包钢", line=6)
p.ent("ORG", "人民日报客户端内蒙古频道", line=6)       # a portal's channel joins the portal
p.ent("ORG", "人民网内蒙古频道", line=6)
p.ent("ORG", "人民日报", line=6, after="了解今年以来")  # 人民日报对呼和浩特市的宣传报道
p.ent("ADMIN", "呼和浩特市", line=6)
p.ent("ORG", "人民日报", line=6, after="人民网内蒙古频道及")  # 人民日报电子阅报栏: the paper, the boards are things

# ---- line 8
p.ent("PERSON", "包钢", line=8)
p.slogan("PLAN", "十四五", line=8)
#   市第十三次党代会: an event, no ORG
p.ent("PERSON", "习近平", line=8)
p.ent("ADMIN", "内蒙古", line=8)
p.slogan("COUNT", "两个屏障", line=8)
p.slogan("COUNT", "两个基地", line=8)
p.slogan("COUNT", "一个桥头堡", line=8)

# ---- line 10
p.ent("ORG", "新华社内蒙古分社", line=10)
p.ent("PERSON", "于长洪", line=10)
p.ent("ORG", "人民日报社内蒙古分社", line=10)
p.ent("PERSON", "陈沸宇", line=10)
p.ent("ORG", "呼和浩特市委", line=10)                  # 呼和浩特市委、市政府 -> two ORG
p.ent("ORG", "市政府", line=10)

# ---- line 12
p.ent("ORG", "市委", line=12, nth=1)                   # 市委常委
p.ent("ORG", "宣传部", line=12)                        # 宣传部部长: title keeps its department
p.ent("PERSON", "唐勇", line=12)
p.ent("ORG", "市委", line=12)
p.ent("PERSON", "刘继英", line=12)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 12, "BODY", article=1)
p.block(14, 14, "PAGE")        # 友情链接: (site furniture)

p.save()
