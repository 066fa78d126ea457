"""page-5708: 武汉市商务局 (sw.wuhan.gov.cn, the bureau's own site; 文章来源:武汉市商务局), 2025-11-13:
市商务局组织召开全市商务经济重点工作座谈会. Text as returned by the `pages` store, from its title; the
page's last line, cut off mid-sentence by the store (“武), dropped; the footer lines before it kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5708", "corpus/raw/pages/5708_wuhan_shangwu_zuotanhui.txt",
         publisher="武汉市商务局", date="2025-11-13", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市商务局", line=1)

# ---- line 2: meta line glued to the first paragraph
p.byline("BYLINE", "文章来源:武汉市商务局", line=2)    # labelled source (decision 12); date outside
p.ent("ORG", "武汉市商务局", line=2)
p.ent("ORG", "市商务局", line=2, after="11月11日")
#   党的二十届四中全会: a plenary session (no formula, no ORG)
#   “当前形势、年底收官及明年谋划”: no numeral
p.ent("ORG", "市商务局党组", line=2)                 # a known organ's 党组 belongs to it; 书记 is the title
p.ent("PERSON", "余力军", line=2)

# ---- line 4
#   各区(开发区)商务局: a generic class of bodies, no span

# ---- line 5
p.ent("PERSON", "习近平", line=5)
p.ent("ADMIN", "湖北", line=5)                      # 考察湖北重要讲话精神
#   省、市: level words
p.slogan("PLAN", "十四五", line=5)

# ---- line 6
#   商文旅体健融合, “跨境电商+产业带” (no numeral), 综保区、自贸区 (kinds of zone), “抱团出海”: no span
p.slogan("PLAN", "十五五", line=6)

# ---- line 7
p.ent("ORG", "市商务局", line=7)

# ---- line 15: footer widget label
p.ent("ORG", "武汉和谐商务", line=15)                # the bureau's weibo account named by its channel (微博 outside)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BODY", article=1)       # 发布日期 … 文章来源:… glued to the first paragraph: the line is body
p.block(4, 7, "BODY", article=1)
p.block(12, 13, "PAGE")                # 鄂公网安备 / 42010202000465号 (record line)
p.block(15, 15, "PAGE")                # 武汉和谐商务微博 (site widget)

p.save()
