"""page-1807: 贵港日报 (republished on yybnet.net, 今日贵港 section), 2019-03-29, one article:
三里镇大力整治村落环境, followed by the site's 新闻推荐 teaser of another 贵港日报 article.
Text as returned by the `pages` store, from its title; the site's navigation above the title
is left out and the last paragraph (a site blurb cut off mid-word) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1807", "corpus/raw/pages/1807_guigang_sanli_cunluo.txt",
         publisher="贵港日报", date="2019-03-29", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "三里镇", line=1)

# ---- line 3: web meta line naming the article's source (decision 12): BYLINE, timestamp/URL outside
p.byline("BYLINE", "来源:贵港日报", line=3)
p.ent("ORG", "贵港日报", line=3)

# ---- line 5: byline + lead
p.byline("BYLINE", "本报讯(记者蒙思婷)", line=5)
p.ent("PERSON", "蒙思婷", line=5)
p.ent("ADMIN", "覃塘区", line=5)
p.ent("ADMIN", "三里镇", line=5)

# ---- line 7
p.ent("ADMIN", "三里镇", line=7)
p.ent("ORG", "罗村小学", line=7)                 # a school (§2 ORG), flat: no ADMIN 罗村 inside
p.ent("ADMIN", "罗村", line=7)                   # 三里镇罗村: the village (first free hit, before 罗村小学)
p.ent("ORG", "镇政府", line=7)                   # level word + organ, like 鎮政府 in the seeds
#   罗村屯: a natural village (自然屯, below village level, decision 3): no span

# ---- line 9
p.ent("PERSON", "覃书尤", line=9, every=True)    # twice

# ---- line 13: the formula with its bracketed items (三清: 清理…; 三拆: 拆除…)
p.slogan("PARALLEL", "三清三拆", line=13,
         expansion=["清理村庄垃圾", "乱堆乱放", "池塘沟渠", "拆除乱搭乱盖", "广告招牌", "废弃建筑"])

# ---- line 15
p.ent("ORG", "三里镇党委", line=15)               # 三里镇党委书记 -> ORG + title (like 县委书记)
p.ent("ADMIN", "三里镇", line=15)                # the opening 三里镇坚持…
p.ent("PERSON", "陈雪嫦", line=15)
#   三年行动, 三种类型: counts of years / ordinary counts, no slogan; 基层党组织: never ORG

# ---- line 19-21: the site's 新闻推荐 teaser (another article, its lead cut by the site with ...)
p.ent("ADMIN", "贵港市", line=19)
p.byline("BYLINE", "融媒体记者罗炼新", line=21)
p.ent("PERSON", "罗炼新", line=21)
p.ent("ADMIN", "贵港", line=21)                  # 贵港,因自古以来遍种荷花 (荷城 is an epithet: no span)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 15, "BODY", article=1)
p.block(17, 17, "PAGE")                # 新闻推荐 (site widget label)
p.block(19, 19, "HEADLINE", article=2)
p.block(21, 21, "BODY", article=2)

p.save()
