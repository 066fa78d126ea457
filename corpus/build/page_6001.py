"""page-6001: 双辽市人民政府 (www.shuangliao.gov.cn, portal of 双辽市, a county-level city of 四平市, 吉林),
section zw/tp. One article: 四平市委副书记、政法委书记陈德明来双辽市调研指导乡村振兴工作. Text as returned by
the `pages` store; the stored page starts with the lead (no title, no byline); no date printed."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6001", "corpus/raw/pages/6001_shuangliao_chendeming_xiangcun.txt",
         publisher="双辽市人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: lead
p.ent("ORG", "四平市委", line=1)                 # 四平市委副书记 -> ORG + title
p.ent("ORG", "政法委", line=1)                   # 政法委书记: contracted title keeps the organ (corpus: 政法委 ORG x11)
p.ent("PERSON", "陈德明", line=1)
#   来我市: deictic level word, no span
for name in ["王志军", "太史名华", "王巍", "徐强", "关吉宁"]:
    p.ent("PERSON", name, line=1)               # 太史名华: compound surname 太史
p.ent("ADMIN", "四平市", line=1, after="关吉宁")  # 四平市及我市相关部门

# ---- line 2
p.ent("PERSON", "陈德明", line=2)
p.ent("ADMIN", "双辽", line=2)                   # 双辽东高速口: the city inside a site's name (decision 2)
p.ent("ADMIN", "红旗街", line=2)                 # 红旗街(道), a sub-district of 双辽市
p.ent("ADMIN", "桑树村", line=2)
p.ent("ADMIN", "双山镇", line=2)                 # inside a project's name (decision 2)
p.ent("ADMIN", "百禄村", line=2)
p.slogan("GROUP", "三农", line=2)                # “三农”工作 (corpus: GROUP 21 of 22)

# ---- line 3
p.ent("PERSON", "陈德明", line=3)
p.ent("ADMIN", "茂林镇", line=3)
p.ent("ADMIN", "农林村", line=3)
p.ent("PERSON", "姜淑玲", line=3)                # 脱贫户姜淑玲: a named person
p.ent("PERSON", "张秀兰", line=3)

# ---- line 4
p.ent("PERSON", "陈德明", line=4)
#   “产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”的总要求: no numeral, no formula
p.ent("ADMIN", "双辽市", line=4)

# ---- line 5
p.ent("PERSON", "陈德明", line=5)

# ---- blocks: one article, no title stored
p.block(1, 5, "BODY", article=1)

p.save()
