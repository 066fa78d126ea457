"""page-4801: 濮阳人大网 (濮阳市人大常委会's site, pysrd.henanrd.gov.cn; section 县区人大 >> 清丰县),
2019-07-01, one article by 清丰县人大: 省人大常委会副主任李文慧来我县开展…专题视察及…前期调研.
Text as returned by the `pages` store, from its title (the breadcrumb above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4801", "corpus/raw/pages/4801_qingfeng_renda_shicha.txt",
         publisher="濮阳人大网 (濮阳市人大常委会; 清丰县 channel)", date="2019-07-01",
         script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "省人大常委会", line=1)
p.ent("PERSON", "李文慧", line=1)
p.ent("ADMIN", "河南省", line=1)                 # inside a regulation's title (decision 2)
p.ent("ORG", "省委", line=1)                     # 省委人大工作会议: the organ inside a meeting's name

# ---- line 2: web meta line with the author credit (decision 12); 来源: is empty
p.byline("BYLINE", "作者:孟艳霞 马瑞敏", line=2)
p.ent("PERSON", "孟艳霞", line=2)
p.ent("PERSON", "马瑞敏", line=2)

# ---- line 6
p.ent("ORG", "省人大常委会", line=6)              # 党组副书记: bare 党组 in a title, no span
p.ent("PERSON", "李文慧", line=6)
p.ent("ADMIN", "河南省", line=6)
p.ent("ORG", "省委", line=6)
p.ent("ORG", "市人大常委会", line=6, nth=1)
p.ent("PERSON", "徐兰峰", line=6)
p.ent("PERSON", "邹东波", line=6)
p.ent("PERSON", "马宜品", line=6)
p.ent("PERSON", "张连才", line=6)                 # 副市长 is a title
p.ent("ORG", "市人大常委会", line=6)              # the second one (秘书长)
p.ent("PERSON", "刘万英", line=6)
for name in ["冯向军", "刘兵", "杨理宏", "王相俊"]:   # 县领导 …
    p.ent("PERSON", name, line=6)

# ---- line 11
p.ent("ADMIN", "韩村镇", line=11)
#   人大主席团 (the township's presidium, named bare) and 乡镇人大 (a class): no span

# ---- line 13
p.ent("ORG", "县委", line=13, nth=1)              # 县委书记冯向军
p.ent("PERSON", "冯向军", line=13)
p.ent("ADMIN", "清丰", line=13)                   # 清丰发展形势
p.ent("ORG", "县委", line=13)                     # 县委不断加强…
#   人大工作, 乡镇人大主席, 人大干部, 支持人大(及其常委会)依法行使职权, 各级人大代表: generic, no span
p.ent("ADMIN", "清丰", line=13)                   # 投身清丰建设

# ---- line 15
p.ent("ORG", "县人大常委会", line=15)
p.ent("PERSON", "杨理宏", line=15)
s = p.slogan("PARALLEL", "12345", line=15)[0]     # 12345工作模式: a code of parts; items printed before it
items = ["形成一篇调研报告", "建设两个代表联络站", "抓好三个典型", "组织四次活动", "突出五项重点"]
lo = p.line_bounds[14][0]
s["expansion"] = [list(p.find_all(it, lo, s["start"])[0]) for it in items]
p.ent("ADMIN", "清丰", line=15)                   # 清丰的政治生态
#   省、市人大会议: level words, no span
p.ent("ORG", "县委", line=15, nth=1)              # 县委大力支持人大依法履职
p.ent("ORG", "县委", line=15)                     # 县委书记为…
p.ent("ORG", "县人大", line=15)                   # 县人大代表: a shortened title keeps its organ
#   政府主动接受人大监督: bare 政府 / 人大, no span; “家、站”: no numeral

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(6, 15, "BODY", article=1)

p.save()
