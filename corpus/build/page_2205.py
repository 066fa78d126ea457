"""page-2205: 安吉新闻网 (ajnews.zjol.com.cn, 浙江在线-安吉新闻网, 时政新闻), 2018-09-14, one article:
香港特区全国人大代表来我县视察. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2205", "corpus/raw/pages/2205_anji_hk_npc_shicha.txt",
         publisher="安吉新闻网", date="2018-09-14", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "香港特区", line=1)                   # the SAR, a province-level unit
p.ent("ORG", "全国人大", line=1)                     # 全国人大代表: shortened title keeps its organ
#   我县: no span

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "浙江在线-安吉新闻网9月14日讯(浙江在线记者 欧阳爱琼)")
p.ent("ORG", "浙江在线", line=3)                     # source tag: medium
p.ent("ORG", "安吉新闻网", line=3)
p.ent("ORG", "浙江在线", line=3, after="讯(")         # the reporter's medium
p.ent("PERSON", "欧阳爱琼", line=3)
p.ent("ADMIN", "香港特别行政区", line=3)
p.ent("ORG", "全国人大常委会", line=3)                # longer first
p.ent("ORG", "全国人大", line=3)                     # 第十三届全国人大代表: term before the organ is outside
#   视察团: a delegation, no ORG
p.ent("PERSON", "郭振华", line=3)
p.ent("ORG", "省人大常委会党组", line=3)              # sub-unit written after its organ: one ORG
p.ent("PERSON", "李卫宁", line=3)
for name in ["马晓晖", "胡菁菁", "张兰新", "卢跃东", "沈铭权", "陆为民"]:
    p.ent("PERSON", name, line=3)

# ---- line 5
p.ent("ORG", "市委", line=5)
p.ent("PERSON", "马晓晖", line=5)
p.ent("ADMIN", "湖州市", line=5)
p.ent("ADMIN", "湖州", line=5, after="当前")
p.ent("PERSON", "习近平", line=5)
p.ent("ADMIN", "浙江", line=5)
p.ent("ORG", "省委", line=5)
p.slogan("PARALLEL", "八八战略", line=5)              # two numeral-led parts (八个优势、八项举措)
p.slogan("GROUP", "两山", line=5)                    # 绿水青山、金山银山: items not spelled out here
p.ent("ADMIN", "湖州", line=5, after="进一步促进")

# ---- line 7
#   天使小镇, 城堡酒店及乐园: places, no span
p.ent("ADMIN", "递铺街道", line=7)
p.ent("ADMIN", "鲁家村", line=7)
p.ent("ORG", "鲁家”两山”学院", line=7)               # a named college (school: ORG); quoted formula stays inside
p.slogan("GROUP", "两山", line=7)                    # inside 鲁家”两山”学院
p.ent("ADMIN", "鲁家村", line=7, after="小火车")      # 鲁家村农场: a place; the village inside it
p.ent("ADMIN", "天荒坪镇", line=7)
p.ent("ADMIN", "余村村", line=7)
#   习总书记: surname + title, no PERSON (§2)
p.slogan("GROUP", "两山", line=7, nth=1, after="习总书记")   # “两山”理念讲话
p.slogan("GROUP", "两山", line=7, after="走访了")           # ”两山”会址公园: a site, formula inside
p.ent("ADMIN", "余村村", line=7, after="会址公园")
p.slogan("GROUP", "两山", line=7, after="余村村十年来")

# ---- line 9
p.ent("ADMIN", "浙江", line=9)
p.slogan("PARALLEL", "八八战略", line=9)
p.ent("ADMIN", "安吉", line=9)
p.slogan("GROUP", "两山", line=9)
p.ent("ADMIN", "安吉", line=9, after="加深对")
p.ent("ADMIN", "安吉", line=9, after="更好地为")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 9, "BODY", article=1)

p.save()
