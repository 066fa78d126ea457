"""page-5204: 高密新闻网 (gaominews.com, 高密市融媒体中心; 来源:爱高密), 2020-12-03, one article:
人民日报等20多家媒体采访团又来咱高密啦!啥事让他们齐点赞? Text as returned by the `pages` store,
from its title; the last, cut paragraph (随后,采访团来到豪迈集团…并加快形成以) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5204", "corpus/raw/pages/5204_gaomi_meiti_caifangtuan.txt",
         publisher="高密新闻网", date="2020-12-03", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "人民日报", line=1)
p.ent("ADMIN", "高密", line=1)

# ---- line 3: source line (date outside the span)
p.byline("BYLINE", "来源:爱高密", line=3)
p.ent("ORG", "爱高密", line=3)                     # the media centre's app credited as source: a medium, ORG

# ---- line 5
p.ent("ORG", "人民日报", line=5)
p.ent("ORG", "中新社", line=5)
p.ent("ORG", "齐鲁晚报", line=5)
#   中央、省市级媒体: 中央 as a level media come from, no body (38NN)
p.ent("ADMIN", "山东", line=5)                     # “高质量发展看山东”: a unit inside a campaign name (decision 2)
#   党的十九届五中全会: a plenary session, no formula, no ORG

# ---- line 8
p.ent("ADMIN", "山东", line=8)
p.ent("ADMIN", "潍坊", line=8)                     # 潍坊行采访团: the delegation is no ORG (雄县考察团 precedent)
p.ent("ADMIN", "阚家镇", line=8)
p.ent("ADMIN", "松兴屯村", line=8)
#   巾帼井, 小西湖: places, no span; 全国文明村: a title, no span
it = p.slogan("COUNT", "三个百分百", line=8)[0]
#   its items are printed before it (土地流转、大棚覆盖、迁居新村“三个百分百”): located with find_all
lo, hi = p.line_bounds[8 - 1]
items = []
for s in ["土地流转", "大棚覆盖", "迁居新村"]:
    hits = [h for h in p.find_all(s, lo, hi) if h[1] <= it["start"]]
    assert len(hits) == 1, (s, hits)
    items.append(list(hits[0]))
it["expansion"] = items

# ---- line 12
p.ent("ORG", "大众日报", line=12)                  # 大众日报潍坊记者站 in prose: the paper ORG, the place ADMIN,
p.ent("ADMIN", "潍坊", line=12)                    #   the bureau itself no ORG outside a byline (24NN, page-2111)
p.ent("PERSON", "都镇强", line=12)
p.ent("ADMIN", "松兴屯村", line=12, nth=1)
p.ent("ORG", "人民网山东频道采编中心", line=12)      # a portal's channel joins the portal, its desk joins the channel
p.ent("PERSON", "逄鑫珊", line=12)
p.ent("ORG", "齐鲁晚报", line=12)
p.ent("ADMIN", "山东", line=12)                    # 高质量发展看山东 (unquoted here): the campaign name again
p.ent("ADMIN", "高密", line=12)
p.ent("ADMIN", "松兴屯村", line=12)                # (看到)松兴屯村
#   党支部: bare, no span (decision 5)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 来源:爱高密 日期:… (decision 12)
p.block(5, 12, "BODY", article=1)

p.save()
