"""page-2602: 泰安日报 (e-paper of 泰安日报社, 第02版:要闻), 2025-11-10, one article:
泰安记者齐聚东平开展集中采风 / 记者庆佳节 湖韵映初心. Text as returned by the `pages` store,
from the e-paper's page line; its last paragraph (cut off mid-sentence) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2602", "corpus/raw/pages/2602_taian_jizhe_dongping.txt",
         publisher="泰安日报", date="2025-11-10", script="simplified", origin="pages")

# ---- lines 2-9: the page's list of titles (e-paper navigation, PAGE)
p.ent("ADMIN", "泰安市", line=3)                    # 泰安市残疾人体育项目 选拔指导活动
p.ent("ADMIN", "山东", line=4)                      # 山东豆腐美食争霸赛: an event's name (decision 2)
p.ent("ORG", "山东科技大学泰安校区", line=7)         # a university's campus: one ORG with its parent

# ---- line 13: kicker
p.ent("ADMIN", "泰安", line=13)
p.ent("ADMIN", "东平", line=13)

# ---- line 18: byline + first paragraph
p.byline("BYLINE", "本报11月9日讯(记者 苏婷)", line=18)
p.ent("PERSON", "苏婷", line=18)
p.ent("ADMIN", "中国", line=18)                     # 中国记者节: a festival's name (decision 2)
p.ent("ORG", "市委宣传部", line=18)
p.ent("ADMIN", "泰安", line=18)                     # “发现美好泰安” activity name
#   驻泰: one-character abbreviation, no span
p.ent("ADMIN", "东平县", line=18)

# ---- line 20
#   省驻泰记者站: the provincial media's bureaus in general, no span
p.ent("ORG", "泰安日报社", line=20)
p.ent("ORG", "市广播电视台", line=20)
#   各县(市、区)融媒中心: a generic class, no span; 戴村坝博物馆: venue, 戴村坝 is a dam
p.ent("ADMIN", "东平", line=20)                     # 东平博物馆: venue, unit inside (decision 2)
p.ent("ADMIN", "商老庄乡", line=20)
p.ent("ADMIN", "彭集街道", line=20)

# ---- line 22
p.ent("ADMIN", "东平", line=22, nth=1)              # 东平湖: a place named after the county (decision 2)
p.ent("ADMIN", "东平", line=22, after="记录着")      # 东平湖 again
p.ent("ADMIN", "东平", line=22, after="大美")        # 大美东平
p.ent("ORG", "市广播电视台", line=22)
p.ent("PERSON", "蒋超", line=22)

# ---- line 24: 都江堰 and 戴村坝 are the waterworks, no span

# ---- blocks
p.block(1, 9, "PAGE")                  # page line and the page's list of titles
p.block(11, 12, "PAGE")                # 版面导航, 上一篇/下一篇 and the date
p.block(13, 13, "KICKER", article=1)
p.block(14, 14, "HEADLINE", article=1)
p.block(18, 24, "BODY", article=1)

p.save()
