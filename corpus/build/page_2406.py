"""page-2406: 临湘市人民政府 (linxiang.gov.cn, 新闻中心 > 临湘要闻), 2021-03-03, one article:
羊楼司镇:奋力续写中国竹乡高质量发展新篇章. Text as returned by the `pages` store, from its
title (the breadcrumb 当前位置: 首页 > 新闻中心 > 临湘要闻 above the title is left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2406", "corpus/raw/pages/2406_linxiang_yanglousi.txt",
         publisher="临湘市人民政府", date="2021-03-03", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "羊楼司镇", line=1)
p.ent("ADMIN", "中国", line=1)                   # 中国竹乡: a title naming the country as a place (decision 2)

# ---- line 3: web meta line (decision 12): one BYLINE span for the labelled source, timestamp outside
p.byline("BYLINE", "来源: 临湘市政府门户网站", line=3)
p.ent("ORG", "临湘市政府门户网站", line=3)         # an organ's own web site is ORG (as 莲花县人大信息网)

# ---- line 5
p.ent("ADMIN", "羊楼司镇", line=5)
p.ent("ORG", "市委", line=5)                     # 市委农村工作会议: an organ inside a meeting name

# ---- line 7
p.ent("ADMIN", "羊楼司镇", line=7)
p.ent("ORG", "市委", line=7)
p.ent("ORG", "市政府", line=7)
p.slogan("GROUP", "融城发展六项工程", line=7)       # the city's named programme of six projects (like 碳达峰十大行动)
p.slogan("GROUP", "三大攻坚战", line=7)
p.ent("ADMIN", "湖南省", line=7, nth=1)           # 湖南省卫生镇: unit inside an award title
p.ent("ADMIN", "湖南省", line=7, nth=1)           # 湖南省科普小镇 (second occurrence, first now taken)

# ---- line 9
p.slogan("PLAN", "十四五", line=9, every=True)    # twice
p.slogan("GROUP", "三农", line=9)
p.ent("ADMIN", "中国", line=9)                   # 中国竹乡

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)

p.save()
