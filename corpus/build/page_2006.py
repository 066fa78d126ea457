"""page-2006: 怀宁新闻网 (hnnews.cc, 怀宁县融媒体中心), 2025-11-05, one article:
枞阳县党政代表团来怀考察. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2006", "corpus/raw/pages/2006_huaining_zongyang_kaocha.txt",
         publisher="怀宁新闻网(怀宁县融媒体中心)", date="2025-11-05", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "枞阳县", line=1)                 # 枞阳县党政代表团: a delegation, no ORG
p.ent("ADMIN", "怀", line=1)                     # 来怀: short form of 怀宁(县)

# ---- line 3
p.byline("BYLINE", "本网讯")
p.ent("ORG", "铜陵市市委", line=3)               # 铜陵市市委常委 -> contracted title keeps the organ
p.ent("ORG", "枞阳县委", line=3)
p.ent("PERSON", "杨文萍", line=3)
p.ent("ORG", "县委", line=3, after="杨文萍")
p.ent("PERSON", "廖志远", line=3)
p.ent("ORG", "县委", line=3, after="我县考察学习")
p.ent("PERSON", "余学峰", line=3)
p.ent("ORG", "县委", line=3, after="余学峰")
p.ent("PERSON", "陈宏", line=3)
p.ent("ORG", "县人大常委会", line=3)
p.ent("PERSON", "邵伟民", line=3)
p.ent("ORG", "县政协", line=3)
p.ent("PERSON", "曹紫权", line=3)
p.ent("ORG", "县委", line=3, after="曹紫权")
p.ent("PERSON", "代瑜", line=3)
p.ent("ORG", "枞阳县人大常委会", line=3)
p.ent("PERSON", "吴峰", line=3)
p.ent("ORG", "县政协", line=3, after="吴峰")
p.ent("PERSON", "黄楚", line=3)
p.ent("ORG", "县委", line=3, after="黄楚")
p.ent("PERSON", "孙公明", line=3)

# ---- line 5
p.ent("ADMIN", "枞阳县", line=5)
p.ent("ORG", "安徽思明汽车科技有限公司", line=5)
p.ent("ORG", "安徽华杰鑫森新材料科技有限公司", line=5)
p.ent("ORG", "安庆英科医疗有限公司", line=5)
p.ent("ADMIN", "公岭镇", line=5)
p.ent("ADMIN", "三铺村", line=5)                 # 三铺村和美乡村精品示范村: the village, its 示范村 a title
#   稼先公园: a park named by 邓稼先's given name only, no span
p.ent("PERSON", "邓稼先", line=5)                # 邓稼先生平陈列馆: a venue (no ORG), the person inside it
#   星河一品(二期): a residential development, no span
p.slogan("PARALLEL", "双招双引")

# ---- line 7
p.ent("ADMIN", "怀宁县", line=7)
#   “挑大梁、担重任、走在前”: no numeral
p.ent("ADMIN", "怀宁", line=7, after="回去后")
p.ent("ADMIN", "枞阳县", line=7)

# ---- line 9
p.byline("CREDIT", "(全媒体记者 王成杰)")
p.ent("PERSON", "王成杰", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)

p.save()
