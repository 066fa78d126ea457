"""page-3407: 保定长安网 (中共保定市委政法委员会's site, 清苑区 channel qingyuan.bdcaw.gov.cn),
one article: 清苑区 扫黑除恶专项斗争调度会 (2月24日, year not printed). Text as returned by the
`pages` store (it opens with the first body sentence, no title); its last paragraph
("二、精力上要集中再集中。全区各级各部门,特别") is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3407", "corpus/raw/pages/3407_qingyuan_saohei_diaodu.txt",
         publisher="保定长安网", date=None, script="simplified", origin="pages")

# ---- line 1: the meeting and who attended
p.ent("ADMIN", "清苑区", line=1)
for name in ["崔建民", "黄伟", "甄会龙", "张东兵", "李海涛", "石伟", "崔心勇", "陈福星"]:
    p.ent("PERSON", name, line=1)
p.ent("ORG", "公安局", line=1)                 # the district's 公安局: a functional department meaning one body (decision 13)
#   法院、检察院: bare institution types, no span (decision 13)
p.ent("ORG", "扫黑除恶领导小组", line=1)        # the district's named leading group (its 成员单位)

# ---- line 2: reports and 石伟's statement
p.ent("ORG", "公安局", line=2)                 # 公安局长: contracted title keeps the organ (decision 15)
p.ent("PERSON", "崔心勇", line=2)
#   法院院长: bare 法院, no span
p.ent("PERSON", "陈福星", line=2)
#   检察院副检察长: bare 检察院, no span
p.ent("PERSON", "杨文胥", line=2)
p.ent("ORG", "区委", line=2)                   # 区委常委 -> 区委
p.ent("ORG", "政法委", line=2)                 # 政法委书记: the 区委政法委, one specific body
p.ent("PERSON", "石伟", line=2)
p.ent("ORG", "区委", line=2, after="三要坚决落实")   # 区委崔书记: 崔书记 is surname + title, no PERSON

# ---- line 3
p.ent("ORG", "区委", line=3)
p.ent("PERSON", "崔建民", line=3)

# ---- line 4
p.ent("ORG", "中央", line=4)                   # 中央、省市高度重视: the centre acting; 省市 are level words
p.ent("ADMIN", "清苑", line=4, every=True)     # 就清苑来说 and five 事关清苑 (6 in all)
#   两委换届: 村"两委" is a count of bodies, neither formula nor ORG

# ---- blocks: one article, no headline in the stored text
p.block(1, 4, "BODY", article=1)

p.save()
