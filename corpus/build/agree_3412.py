"""agree-page-3412 (second pass): 沛县新闻网 (江苏 徐州 沛县), 2021-10-19, one article:
云龙区党政代表团来沛考察学习 (作者:张颖 杨增朝)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3412", "corpus/raw/pages/3412_peixian_yunlong_kaocha.txt",
         publisher="沛县新闻网", date="2021-10-19", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: breadcrumb (PAGE); its unit keeps its span. 沛 (one character): never ADMIN
p.ent("ADMIN", "云龙区", line=1)

# ---- line 3: headline
p.ent("ADMIN", "云龙区", line=3)                     # 云龙区党政代表团: a delegation, no ORG

# ---- line 5: web meta line with the author credit (decision 12)
p.byline("BYLINE", "作者:张颖 杨增朝", line=5)
p.ent("PERSON", "张颖", line=5)
p.ent("PERSON", "杨增朝", line=5)

# ---- line 7
p.ent("ORG", "云龙区委", line=7)                     # 云龙区委书记 -> ORG + title
p.ent("PERSON", "朱明泉", line=7)
p.ent("ORG", "云龙区委", line=7)                     # 云龙区委副书记、区长 (区长: a title, no unit named)
p.ent("PERSON", "陈婕", line=7)
# 党政代表团, 我县: no span
p.ent("ORG", "县委", line=7, after="我县考察学习")    # 县委书记
p.ent("PERSON", "吴昊", line=7)
p.ent("ORG", "县委", line=7, after="吴昊")           # 县委副书记、代县长
p.ent("PERSON", "索向东", line=7)

# ---- line 9: the sites visited
for name in ["吴昊", "索向东", "朱明泉", "陈婕"]:
    p.ent("PERSON", name, line=9)
p.ent("ORG", "宇辉光伏", line=9)                     # an enterprise by its short name
# 淮海绿色纺织产业园: an industrial park (place); 淮海 is a region, no unit
p.ent("ORG", "祥邦无纺布", line=9)                   # an enterprise by its short name
p.ent("ORG", "珀然股份", line=9)                     # 珀然股份智能化工厂: the company; the smart factory is a facility
p.ent("ORG", "沛县中学", line=9)                     # a school

# ---- line 11
p.ent("PERSON", "朱明泉", line=11)
p.ent("PERSON", "陈婕", line=11)
p.ent("ADMIN", "沛县", line=11)
p.ent("PERSON", "习近平", line=11)                   # 习近平新时代中国特色社会主义思想
p.ent("ADMIN", "江苏", line=11)                      # 视察江苏、徐州
p.ent("ADMIN", "徐州", line=11, nth=1)
p.ent("ORG", "市委", line=11)                        # 省、市委: the bare 省 is a level word, no span
p.ent("ADMIN", "徐州", line=11, nth=1)               # 争做徐州高质量发展的排头兵
# 微山湖地区: a lake region, no unit; “争当表率、争做示范、走在前列”: no numeral

# ---- line 13
p.ent("PERSON", "张兴涛", line=13)
p.ent("PERSON", "李法伟", line=13)

# ---- blocks
p.block(1, 1, "PAGE")                  # 当前位置: 首页 > … (breadcrumb)
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)     # 时间:… 作者:张颖 杨增朝 阅读:
p.block(7, 13, "BODY", article=1)      # four paragraphs, split by the blank lines
p.block(16, 16, "PAGE")                # 扫一扫手机打开 (app prompt)

p.save()
