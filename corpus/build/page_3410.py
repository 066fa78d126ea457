"""page-3410: 昭通日报 (its site 昭通新闻网, ztnews.net), 2021-11-15: the mayor of 昭通市 chairs a meeting of
the city government's Party group on the Sixth Plenum. Text as returned by the `pages` store (no title
kept: it opens with the source line; the timestamp is glued to the first paragraph)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3410", "corpus/raw/pages/3410_zhaotong_zhujiawei_liuzhong.txt",
         publisher="昭通日报", date="2021-11-15", script="simplified", origin="pages")

# ---- line 1: web meta line naming the article's source (decision 12)
p.byline("BYLINE", "来源:昭通新闻网", line=1)
p.ent("ORG", "昭通新闻网", line=1)

# ---- line 2 (timestamp 2021-11-15 17:50 glued to the paragraph: in no span)
p.ent("ORG", "市政府党组", line=2, nth=1)           # 市政府党组书记: 党组 inside the ORG (corpus majority)
p.ent("PERSON", "朱家伟", line=2)                   # 市长朱家伟
p.ent("ORG", "市政府党组", line=2, after="主持召开")  # the organ inside its meeting's name
#   党的十九届六中全会: an event; 十九届六中全会 is no formula (a plenary session)

# ---- line 3
p.ent("PERSON", "朱家伟", line=3)
# the communiqué's numbered keys, each a formula; quotes that wrap only the keyword stay inside
p.slogan("COUNT", "三个“需要”", line=3)
p.slogan("COUNT", "两个“确立”", line=3, nth=1)
p.slogan("GROUP", "五大“历史意义”", line=3)
p.slogan("COUNT", "十个“坚持”", line=3)
p.slogan("COUNT", "一个“根本问题”", line=3)
p.slogan("COUNT", "四个“必须”", line=3)
# 一次“十分重要的代表大会” is no formula: 一次 counts an event, not the parts of a formula (N个 + content)
p.slogan("COUNT", "一个“号召”", line=3)
p.slogan("COUNT", "两个确立", line=3, after="彰显")   # “两个确立”: quotes wrap the whole formula, outside
#   “第一要务”, “第一出路”, “第一屏障”, “第一保障”: ordinals, no formula

# ---- line 4: those present
for name in ["夏林", "王斌", "王东锋", "夏维勇", "郝流勇", "周工岱", "郭晓东"]:
    p.ent("PERSON", name, line=4)
p.ent("ORG", "市政府", line=4)                      # 市政府工作部门: parent organ before a generic word

# ---- line 6: closing credit
p.byline("CREDIT", "(昭通日报全媒体记者 韩兴国 文/图)", line=6)
p.ent("ORG", "昭通日报", line=6)
p.ent("PERSON", "韩兴国", line=6)

# ---- blocks
p.block(1, 1, "BYLINE", article=1)   # 来源:昭通新闻网 (source line of this one article)
p.block(2, 6, "BODY", article=1)     # the credit-only line stays in the BODY block

p.save()
