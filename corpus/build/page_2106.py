"""page-2106: 大众日报 (as carried on 大众网 dzwww.com), one article on the 钢城区政协's community
liaison stations (本报莱芜讯). The stored page has no title: the text starts at the article's
summary line; the cut-off copyright line at the end was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2106", "corpus/raw/pages/2106_dazhong_gangcheng_zhengxie.txt",
         publisher="大众日报", date=None, script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: the page's summary (standfirst) of the article
p.ent("ADMIN", "莱芜市", line=1)
p.ent("ADMIN", "钢城区", line=1, nth=1)
p.ent("ADMIN", "周家坡", line=1)                    # 周家坡、陶家岭社区: listed before the level word
p.ent("ADMIN", "陶家岭社区", line=1)
p.ent("ORG", "钢城区政协", line=1)
#   社区政协工作联络站 (in 10多个社区): a kind of body, no span

# ---- line 2: byline
p.byline("BYLINE", "□于向阳 陈文 徐雯雯 报道")
for name in ["于向阳", "陈文", "徐雯雯"]:
    p.ent("PERSON", name, line=2)

# ---- line 3: source tag + first paragraph
p.byline("BYLINE", "本报莱芜讯")
p.ent("ADMIN", "莱芜", line=3, nth=1)              # inside the source tag
p.ent("ADMIN", "莱芜市", line=3)
p.ent("ADMIN", "钢城区", line=3)
p.ent("ADMIN", "周家坡", line=3, nth=1)
p.ent("ADMIN", "陶家岭社区", line=3, nth=1)
p.ent("ADMIN", "周家坡社区", line=3)
p.ent("ADMIN", "陶家岭社区", line=3)               # 陶家岭社区新址居民楼工程
#   “这都是政协联络站的功劳”: a bare institution type, no span

# ---- line 4
p.ent("ORG", "钢城区政协", line=4)
p.ent("ADMIN", "周家坡", line=4)
p.ent("ADMIN", "陶家岭社区", line=4)
p.ent("ORG", "区政协", line=4, after="报送")         # 报送区政协 (not the 区政协 inside 社区政协工作联络站): the district CPPCC (ORG like 县委)
p.ent("ADMIN", "莱芜市", line=4)
p.ent("ADMIN", "钢城区", line=4)
p.ent("ORG", "莱钢", line=4)                        # 莱钢领导: the steel group (enterprise)

# ---- line 5
p.ent("ORG", "钢城区艾山街道政协联络室", line=5)     # one ORG with its admin prefix (decision 13)
p.ent("PERSON", "邹笃庆", line=5)
p.slogan("GROUP", "五定", expansion=["定时间", "定地点", "定内容", "定方式", "定人员"])
p.slogan("GROUP", "六有", expansion=["有机构", "有场所", "有设施", "有标牌", "有名册", "有制度"])

# ---- blocks
p.block(1, 1, "BODY", article=1)       # summary line printed above the byline (no title stored)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 5, "BODY", article=1)

p.save()
