"""page-1801: 保定日报 (copy on 河北新闻网 保定频道, bd.hebnews.cn, 政务发布), 2020-06-16, one article:
郭建英在蠡县安国市清苑区督导调研. Text as returned by the `pages` store, from its title (the
breadcrumb 保定新闻>>政务发布>> above the title dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1801", "corpus/raw/pages/1801_baoding_guojianying_dudao.txt",
         publisher="保定日报", date="2020-06-16", script="simplified", origin="pages")

# ---- line 1: web title
p.ent("PERSON", "郭建英", line=1)
for u in ["蠡县", "安国市", "清苑区"]:
    p.ent("ADMIN", u, line=1)

# ---- line 3: meta line (decision 12: labelled source = BYLINE, timestamp outside)
p.byline("BYLINE", "来源:保定日报", line=3)
p.ent("ORG", "保定日报", line=3)

# ---- line 6: kicker
p.ent("PERSON", "郭建英", line=6)
for u in ["蠡县", "安国市", "清苑区"]:
    p.ent("ADMIN", u, line=6)

# ---- line 10
p.ent("PERSON", "郭建英", line=10)               # 市长郭建英: 市 a level word, title outside
for u in ["蠡县", "安国市", "清苑区"]:
    p.ent("ADMIN", u, line=10)
#   “一盘棋”: not a formula (docs/annotation.md)

# ---- line 12
p.ent("PERSON", "郭建英", line=12)
p.ent("ADMIN", "蠡县", line=12)
p.ent("ADMIN", "北陈村", line=12)
p.ent("ADMIN", "安国市", line=12)
p.ent("ADMIN", "北流罗村", line=12)
p.ent("ADMIN", "清苑区", line=12)
p.ent("ADMIN", "仙人桥村", line=12)               # 仙庭湖畔安置区: a resettlement compound, no span
p.slogan("GROUP", "双代", line=12)                 # 气代煤、电代煤 (not spelled out here)
p.slogan("GROUP", "双过半", line=12)

# ---- line 14
p.ent("PERSON", "郭建英", line=14)
p.ent("ORG", "省委", line=14)
p.ent("ORG", "省政府", line=14)
#   基层党组织: a kind of body, never ORG

# ---- line 16
p.ent("PERSON", "郭建英", line=16)
p.slogan("GROUP", "双代", line=16, nth=1)
p.slogan("GROUP", "双代", line=16, nth=1)          # second mention (first now taken)
p.byline("CREDIT", "(记者卞宁)", line=16)
p.ent("PERSON", "卞宁", line=16)

# ---- lines 19-30: meta and site furniture
p.byline("BYLINE", "来源:保定日报", line=19)      # source line below the article (decision 12)
p.ent("ORG", "保定日报", line=19)
p.ent("PERSON", "郭薇", line=20)                   # editor line: PAGE, name still PERSON
p.ent("ORG", "河北新闻网", line=22)
p.ent("ORG", "河北日报", line=25)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)    # the web page's title
p.block(3, 3, "BYLINE", article=1)      # 2020-06-16 15:47:26 来源:保定日报
p.block(4, 4, "PAGE")                   # 进入移动版,省流量,体验好
p.block(6, 6, "KICKER", article=1)      # 郭建英在…督导调研时强调 (factual lead-in)
p.block(8, 8, "HEADLINE", article=1)    # 凝心聚力攻坚克难 全力保障…
p.block(10, 16, "BODY", article=1)
p.block(19, 19, "BYLINE", article=1)    # 来源:保定日报
p.block(20, 30, "PAGE")                 # 责任编辑, follow prompts, app links, site navigation

p.save()
