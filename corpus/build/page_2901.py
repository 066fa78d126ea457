"""page-2901: 汪清县人民政府 (wangqing.gov.cn, 要闻; source line 来源: 汪清新闻中心), 2020-01-29,
one article: 我县召开新型冠状病毒感染的肺炎疫情防控工作领导小组全体扩大会议.
Text as returned by the `pages` store, from its title (the meta line 2020-01-29 19:21 来源: 汪清新闻中心
and 打印 | 字号: | printed above the title are left out, see notes)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2901", "corpus/raw/pages/2901_wangqing_yiqing_fangkong.txt",
         publisher="汪清县人民政府", date="2020-01-29", script="simplified", origin="pages")

GROUP = "新型冠状病毒感染的肺炎疫情防控工作领导小组"   # the county's named leading group (我县 deictic, outside)

# ---- line 1: headline
p.ent("ORG", GROUP, line=1)                          # 全体扩大会议 (the meeting) stays outside

# ---- line 3: first paragraph
p.ent("ORG", GROUP, line=3)
p.ent("ORG", "州委", line=3)                          # 州委常委 -> ORG 州委 (shortened title)
p.ent("ORG", "县委", line=3, every=True)              # 县委书记, 县委常委 x4: five mentions
p.ent("PERSON", "苏景华", line=3)
p.ent("PERSON", "廉京燮", line=3)                     # 县长 is a title
p.ent("PERSON", "卢立国", line=3)
p.ent("PERSON", "崔永国", line=3)
p.ent("ORG", "县人武部", line=3)
p.ent("PERSON", "张成", line=3)
p.ent("ORG", "县林业局", line=3)
p.ent("PERSON", "蔡俊锡", line=3)
p.ent("PERSON", "桑宏韬", line=3)
p.ent("PERSON", "邵俊杰", line=3)
p.ent("ORG", "县公安局", line=3)
p.ent("PERSON", "禹军", line=3)

# ---- line 4: second paragraph
p.ent("PERSON", "廉京燮", line=4)
p.ent("ORG", "公安部门", line=4)                      # one specific county body acting (由…牵头): decision 13 / seed review
p.ent("ADMIN", "武汉", line=4)
p.ent("ORG", "疾控部门", line=4)                      # 要紧密配合: the county's CDC acting
#   国道三莫线, 省道绥东: roads, no span
p.ent("ADMIN", "春阳", line=4)                        # 春阳(镇) of 汪清县
p.ent("ADMIN", "老庙", line=4)                        # 春阳老庙: read as town + village (see notes, doubt)
p.ent("ADMIN", "百草沟", line=4)                      # 百草沟(镇)
p.ent("ADMIN", "高城", line=4)                        # 百草沟高城: town + village (doubt)
p.ent("ORG", "民政部门", line=4)                      # 要加强…: the county's civil-affairs bureau acting
#   福利院, 机关食堂: bare institution types, no span; 全县, 各乡镇, 各成员单位: generic

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 4, "BODY", article=1)

p.save()
