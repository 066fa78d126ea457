"""page-6009: 苍溪县人民政府 (county portal cncx.gov.cn, 四川省广元市苍溪县), one article: the county CPPCC's
standing committee meeting of 8月30日 (URL dated 2023-08-31; no date printed). Text as returned by the `pages`
store; the stored page starts with the lead (no title) and ends with the credit (记者 金亮)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6009", "corpus/raw/pages/6009_cangxi_zhengxie_changwei.txt",
         publisher="苍溪县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "县政协党组", line=1)            # 县政协党组书记、主席: 党组 after an organ stays inside (docs 21NN/25NN)
p.ent("PERSON", "李汀", line=1)
p.ent("ORG", "县政协", line=1)                # 县政协|十一届第十次常委会议: the meeting is outside (25NN)
p.ent("ORG", "县委", line=1)                  # 县委常委 -> ORG 县委 (a shortened title keeps the organ)
p.ent("PERSON", "梁赛", line=1)

# ---- line 2
p.ent("ORG", "县人民政府", line=2, nth=1)
p.ent("ORG", "县人民政府", line=2, nth=1)     # second mention (the first is taken now)
#   政协委员: a kind of member, no span

# ---- line 3
p.ent("PERSON", "习近平", line=3, nth=1)      # 习近平总书记
#   来川来广: one-character short forms, never ADMIN
p.ent("PERSON", "习近平", line=3, nth=1)      # 《习近平关于总体国家安全观论述摘编》: a person inside a book title
p.ent("ORG", "中国共产党四川省第十二届委员会", line=3)   # party + organ + term: one ORG; 第三次全体会议 is the event
p.ent("ORG", "中国共产党广元市第八届委员会", line=3)
p.ent("ORG", "中国共产党苍溪县第十四届委员会", line=3)

# ---- line 4
p.ent("PERSON", "李汀", line=4)
p.slogan("COUNT", "三个牢牢把握", line=4)     # items not spelled out on the page
p.slogan("COUNT", "四个发力", line=4)
p.ent("ADMIN", "四川", line=4)
p.ent("ADMIN", "广元", line=4)
p.ent("ADMIN", "苍溪", line=4)                # 苍溪特色
#   嘉陵江流域: a river basin, no span

# ---- line 5
p.ent("ORG", "县人民政府", line=5)
p.ent("ORG", "县政协", line=5)
#   县级部门, 政协委员: generic, no span

# ---- line 6
for name in ["向桂华", "向剑", "黄中华", "马成"]:
    p.ent("PERSON", name, line=6)
p.byline("CREDIT", "(记者 金亮)")             # a reporter's bracket after the last sentence: closing CREDIT
p.ent("PERSON", "金亮", line=6)

# ---- blocks: six paragraphs with no blank line between them, one article
p.block(1, 6, "BODY", article=1)

p.save()
