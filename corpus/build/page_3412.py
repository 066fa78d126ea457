"""page-3412: 沛县新闻网 (jspxxw.com, 新闻速览 > 要闻; the news site of 沛县, inferred to be run
by the county media centre), 2021-10-19, one article: 云龙区党政代表团来沛考察学习.
Text as returned by the `pages` store, from the breadcrumb; nothing cut off."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3412", "corpus/raw/pages/3412_peixian_yunlong_kaocha.txt",
         publisher="沛县新闻网", date="2021-10-19", script="simplified", origin="pages")

# ---- line 1: breadcrumb with the title; line 3: the title
p.ent("ADMIN", "云龙区", line=1)                   # 云龙区党政代表团: the delegation is no ORG; 沛: one character
p.ent("ADMIN", "云龙区", line=3)

# ---- line 5: meta line, labelled author credit
p.byline("BYLINE", "作者:张颖 杨增朝", line=5)
p.ent("PERSON", "张颖", line=5)
p.ent("PERSON", "杨增朝", line=5)

# ---- line 7
p.ent("ORG", "云龙区委", line=7)                   # 云龙区委书记 -> ORG + title
p.ent("PERSON", "朱明泉", line=7)
p.ent("ORG", "云龙区委", line=7)                   # 云龙区委副书记、区长
p.ent("PERSON", "陈婕", line=7)
p.ent("ORG", "县委", line=7)                       # 县委书记吴昊
p.ent("PERSON", "吴昊", line=7)
p.ent("ORG", "县委", line=7)                       # 县委副书记、代县长索向东
p.ent("PERSON", "索向东", line=7)

# ---- line 9
for name in ["吴昊", "索向东", "朱明泉", "陈婕"]:
    p.ent("PERSON", name, line=9)
p.ent("ORG", "宇辉光伏", line=9)                   # an enterprise by its short name
#   淮海绿色纺织产业园: a park (place), 淮海 a region: no span
p.ent("ORG", "祥邦无纺布", line=9)                 # an enterprise by its short name
p.ent("ORG", "珀然股份", line=9)                   # the company; its 智能化工厂 is a facility
p.ent("ORG", "沛县中学", line=9)                   # a school

# ---- line 11
p.ent("PERSON", "朱明泉", line=11)
p.ent("PERSON", "陈婕", line=11)
p.ent("ADMIN", "沛县", line=11)
p.ent("PERSON", "习近平", line=11)                 # inside the ideology's name
p.ent("ADMIN", "江苏", line=11)                    # 视察江苏、徐州
p.ent("ADMIN", "徐州", line=11)
p.ent("ORG", "市委", line=11)                      # 省、市委: bare 省 is a level word, no span
p.ent("ADMIN", "徐州", line=11)                    # 徐州高质量发展的排头兵
#   争当表率、争做示范、走在前列: no numeral; 微山湖地区: a region, no span

# ---- line 13
p.ent("PERSON", "张兴涛", line=13)
p.ent("PERSON", "李法伟", line=13)

# ---- blocks
p.block(1, 1, "PAGE")            # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 13, "BODY", article=1)
p.block(16, 16, "PAGE")          # 扫一扫手机打开

p.save()
