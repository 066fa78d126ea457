"""page-1804: 锦州新闻网 (copy on 国际在线辽宁频道 ln.cri.cn, "来源:锦州新闻网"), 2019-07-19, one
article: 锦州义县开展"家乡发展一日游"活动. Text as returned by the `pages` store, from its title;
the stored opening ends mid-sentence in a fourth paragraph ("参观过程中,…留下了深"), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1804", "corpus/raw/pages/1804_yixian_jiaxiang_yiriyou.txt",
         publisher="锦州新闻网", date="2019-07-19", script="simplified", origin="pages")

# ---- line 1: headline (one line, its —— part included)
p.ent("ADMIN", "锦州", line=1)
p.ent("ADMIN", "义县", line=1)
#   家乡发展一日游: an activity; 一日游 is a day trip, no formula

# ---- line 3: web meta line: source credit is a BYLINE span (decision 12); editors are PERSON only
p.byline("BYLINE", "来源:锦州新闻网", line=3)
p.ent("ORG", "锦州新闻网", line=3)
p.ent("PERSON", "李静", line=3)                     # 编辑:李静 (editor credit: no byline span)
p.ent("PERSON", "董健雄", line=3)                   # 责编:董健雄

# ---- line 5
p.ent("ADMIN", "义县", line=5, nth=1)               # 对义县发展
p.ent("ORG", "县委", line=5, nth=1)
p.ent("ORG", "县政府", line=5, nth=1)
p.ent("ORG", "县委", line=5, nth=1)                 # second 县委、县政府 (first now taken)
p.ent("ORG", "县政府", line=5, nth=1)
p.ent("PERSON", "郭占富", line=5)                   # 退休老干部郭占富
p.ent("ADMIN", "锦州", line=5)                      # 锦州义县全县
p.ent("ADMIN", "义县", line=5, after="锦州")
p.ent("ORG", "县委宣传部", line=5)
p.ent("ADMIN", "义县", line=5, after="亲身感受")

# ---- line 7
p.slogan("GROUP", "三变", line=7, every=True)       # "三变"改革 (x2) and '三变' in the quote
p.ent("ADMIN", "聚粮屯镇", line=7)
p.ent("ADMIN", "稍户营子镇", line=7)
p.ent("ADMIN", "五台沟村", line=7)                  # 五台沟村村主任: contracted title, unit is ADMIN
p.ent("PERSON", "董杰丰", line=7)

# ---- line 9
p.slogan("PER_UNIT", "一乡一业", line=9)
p.slogan("PER_UNIT", "一村一品", line=9)
p.ent("ORG", "义县县委", line=9)
p.ent("ORG", "县政府", line=9)
p.ent("ADMIN", "大定堡乡", line=9)                  # 大定堡乡兴农果蔬种植基地: a site, unit inside
p.ent("ORG", "锦州银行", line=9)                    # a bank that invests (acts)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)   # 日期 | 来源:锦州新闻网 | 编辑 | 责编 (names the article's source)
p.block(5, 9, "BODY", article=1)

p.save()
