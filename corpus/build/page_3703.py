"""page-3703: 郑州日报 (zzrb.zynews.cn e-paper, 第10版 区街新闻), 2016-08-18, one article:
中原西路办事处 / “四进”提升市民文明素养. Text as returned by the `pages` store, from the
e-paper page's banner line (the page's title area) down to its rights line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3703", "corpus/raw/pages/3703_zhengzhou_zhongyuanxilu_sijin.txt",
         publisher="郑州日报", date="2016-08-18", script="simplified", origin="pages")

# ---- lines 1-14: e-paper furniture and the page's headline list (PAGE)
p.ent("ADMIN", "管城区", line=5)                     # 管城区严防死守治理大气污染
p.slogan("GROUP", "四进", line=6)                    # nav item repeating this article's title
p.ent("PERSON", "李广田", line=10)                   # 慈善达人李广田
p.ent("ORG", "郑州日报", line=13)                    # media (§2 ORG), on the nav bar
p.ent("ORG", "郑州晚报", line=13)

# ---- line 15: kicker naming the unit
p.ent("ORG", "中原西路办事处", line=15)              # the sub-district office as the page's actor label

# ---- line 16: headline; the formula's first mention inside its article carries the items
p.slogan("GROUP", "四进", line=16,
         expansion=["科学知识进社区", "法制宣传进社区", "精细化管理进社区", "文娱活动进社区"])

# ---- line 18: byline + lead
p.byline("BYLINE", "本报讯(记者 孙志刚 通讯员 郭玉娟)")
p.ent("PERSON", "孙志刚", line=18)
p.ent("PERSON", "郭玉娟", line=18)
p.ent("ADMIN", "中原西路街道", line=18)
p.slogan("GROUP", "四进社区", line=18)               # quoted whole: “四进社区”

# ---- line 20
p.ent("ADMIN", "绿都社区", line=20)
#   “科普示范社区”, “科普特色社区”: titles, no span; 社区市民学校: generic
p.ent("ORG", "区科委", line=20)

# ---- line 22: 街道、社区、网格的三级…体系: a count of levels, no formula
# ---- line 24: 6大片区,7大重点,11个路段: counts, no formula
# ---- line 26
#   该街道: deictic level word, no span
p.ent("PERSON", "雷锋", line=26)                     # “学雷锋” (precedent 学雷鋒 -> 雷鋒)

# ---- line 29: rights line
p.ent("ORG", "中原网", line=29)                      # the site named by the rights line

# ---- blocks
p.block(1, 11, "PAGE")        # 第10版:区街新闻 …, page title 区街新闻 / 区街, the page's headline list
p.block(13, 14, "PAGE")       # 返回主页 | 郑州日报 | …; 上一期 下一期
p.block(15, 15, "KICKER", article=1)
p.block(16, 16, "HEADLINE", article=1)
p.block(18, 26, "BODY", article=1)
p.block(28, 29, "PAGE")       # 3上一篇 下一篇4; 版权声明 @ 中原网 …

p.save()
