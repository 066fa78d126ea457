"""page-4411: 珠江晚报 (e-paper zjwb.hizh.cn, 02版), 2023-11-10, one article on a community
micro-renovation: “微改造”让老旧小区“逆生长” / 香湾街道石泉苑小区环境整治项目完工.
Text as returned by the `pages` store, from its title (the e-paper's 当前版 line above it left
out); the stored page ends with the issue's 标题导航 list, whose last title is cut off
mid-word and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4411", "corpus/raw/pages/4411_zhujiangwanbao_xiangwan_shiquanyuan.txt",
         publisher="珠江晚报", date="2023-11-10", script="simplified", origin="pages")

# ---- line 3: subhead
p.ent("ADMIN", "香湾街道", line=3)                  # 石泉苑小区: a residential compound, no span

# ---- line 5: byline + lead
p.byline("BYLINE", "本报讯(记者郑振华)")
p.ent("PERSON", "郑振华", line=5)
p.ent("ADMIN", "香洲区", line=5)                    # 香洲区|香湾街道|香凤社区 (石泉苑小区: compound)
p.ent("ADMIN", "香湾街道", line=5)
p.ent("ADMIN", "香凤社区", line=5)

# ---- line 9 / 11: the community's Party committee acting
p.ent("ORG", "香凤社区党委", line=9)
p.ent("ORG", "香凤社区党委", line=11)
#   “民生微实事”, “居民集资+‘民微’资助”: no numeral, no formula

# ---- lines 14-18: the list of titles (PAGE), units keep their spans
p.ent("ADMIN", "香洲区", line=15)
p.ent("ADMIN", "香湾街道", line=16)
p.ent("ADMIN", "唐家湾镇", line=17)
p.ent("ADMIN", "上栅社区", line=17)
p.ent("ADMIN", "前山街道", line=18)
p.ent("ADMIN", "福石社区", line=18)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)     # adds the fact (project finished) under the catchy title
p.block(5, 11, "BODY", article=1)
p.block(14, 18, "PAGE")                 # 标题导航 and the other titles of the page

p.save()
