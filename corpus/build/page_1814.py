"""page-1814: 皖西日报 (六安, e-paper wxrb.luaninfo.com), 2017-08-05, one article:
大化坪镇入选全国一村一品示范村镇. Text as returned by the `pages` store, from its title; its last
line (a ticker of other headlines, 我市调度安全生产工作⊙省纪委督查我市, cut off) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1814", "corpus/raw/pages/1814_wanxi_dahuaping_yicunyipin.txt",
         publisher="皖西日报", date="2017-08-05", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "大化坪镇", line=1)
p.slogan("PER_UNIT", "一村一品", line=1)

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "本报讯(徐亚东 记者 鲁艳艳)", line=3)
p.ent("PERSON", "徐亚东", line=3)
p.ent("PERSON", "鲁艳艳", line=3)
p.slogan("PER_UNIT", "一村一品", line=3, every=True)      # 全国一村一品示范村镇, 国字号“一村一品”
p.ent("ADMIN", "安徽", line=3)
p.ent("ADMIN", "霍山县", line=3)
p.ent("ADMIN", "大化坪镇", line=3)
p.ent("ADMIN", "霍山", line=3, after="大化坪镇")           # “霍山黄芽”: the county inside a product name

# ---- line 5
p.slogan("PER_UNIT", "一村一品", line=5, every=True)      # “一村一品”示范村镇, 一村一品强村富民工程
#   一二三产业融合: the three sectors (ordinals), no formula; “公司+合作社+基地+农户”: no numeral
p.ent("ADMIN", "霍山县", line=5)
p.ent("ADMIN", "大化坪镇", line=5)
p.ent("ADMIN", "霍山", line=5, every=True)                 # 霍山黄芽 twice (霍山县 already covered)

# ---- lines 16-19: site footer
p.ent("ORG", "中共六安市委宣传部", line=17)
p.ent("ORG", "皖西日报社", line=17)
p.ent("ORG", "皖西日报社", line=18)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 5, "BODY", article=1)       # two paragraphs, split by the blank line
p.block(7, 19, "PAGE")                 # date picker (选择年月, calendar) and footer: one run of furniture

p.save()
