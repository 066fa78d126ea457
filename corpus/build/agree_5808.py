"""agree-page-5808 (second pass): 柳州市农业农村局 web release, 2023-12-28, one article:
2023年柳州市清廉乡村建设现场会在柳城县召开 (a meeting at 柳城县社冲乡), with four photo captions."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5808", "corpus/raw/pages/5808_liuzhou_qinglian_xiangcun.txt",
         publisher="柳州市农业农村局", date="2023-12-28", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "柳州市", line=1)                     # 2023年柳州市清廉乡村建设现场会: unit inside an event name (decision 2)
p.ent("ADMIN", "柳城县", line=1)

# ---- line 3: web meta line (decision 12): one BYLINE per labelled credit, date outside
p.byline("BYLINE", "来源: 柳州市农业农村局", line=3)
p.ent("ORG", "柳州市农业农村局", line=3)
p.byline("BYLINE", "作者: 李东航", line=3)
p.ent("PERSON", "李东航", line=3)

# ---- line 5: first paragraph
p.ent("ADMIN", "广西", line=5)                       # 清廉广西建设工作现场推进会 (like 清风辽宁)
p.ent("ORG", "中共柳州市委清廉乡村建设工作小组", line=5)  # party name + committee + its working group: one ORG
p.ent("ORG", "柳州市农业农村局", line=5)
p.ent("ADMIN", "柳城县", line=5)
p.ent("ADMIN", "社冲乡", line=5)
p.ent("ADMIN", "柳州市", line=5, after="联合召开")    # 柳州市清廉乡村建设现场会 (event name)
p.ent("ORG", "市委清廉乡村建设工作小组", line=5)        # 副组长 is a title
p.ent("PERSON", "韦松凌", line=5)
p.ent("ORG", "市委农办", line=5)                     # 专职副主任 is a title
p.ent("PERSON", "刘小萍", line=5)
p.ent("ORG", "柳城县委", line=5)                     # 副书记 is a title
p.ent("PERSON", "胡伟华", line=5)
p.ent("ORG", "市清廉乡村建设工作小组", line=5)         # ...成员单位: the group is named; its member units are generic
#   各县区清廉乡村建设工作小组办公室: a class of bodies (各县区), no ORG
#   两个环节: a count in prose

# ---- line 8: caption
p.ent("ORG", "社冲乡党委", line=8)                   # 党委书记 is a title
p.ent("PERSON", "韦海华", line=8)

# ---- line 11
p.ent("ADMIN", "社冲乡", line=11)
p.ent("ADMIN", "社冲村", line=11)
p.ent("ADMIN", "社冲村", line=11)                   # 社冲村西盘龙屯: the 屯 is below village level, no span
p.ent("ADMIN", "社冲", line=11, after="清廉")         # “蔬乡菇事 清廉社冲” (brand of the base, decision 2)

# ---- line 14: caption
p.ent("ORG", "市委清廉乡村建设工作小组", line=14)
p.ent("PERSON", "韦松凌", line=14)
p.ent("ADMIN", "社冲村", line=14)                   # 社冲村清廉乡村建设观察站: a site

# ---- line 17
p.ent("ADMIN", "社冲乡", line=17)
#   西盘龙屯 (three times on the page): a 屯 below village level, no span
p.slogan("GROUP", "三会", line=17)                  # “三会”清廉制度治村样板: a numbered method; items not spelled as three
p.ent("ADMIN", "社冲乡", line=17, after="孝治文化")   # 社冲乡新时代文明实践所样板: township 实践所 = venue, no ORG
p.ent("ADMIN", "社冲乡", line=17, after="此外")

# ---- line 20: caption
p.ent("ADMIN", "社冲村", line=20)

# ---- line 22: caption
p.ent("ADMIN", "社冲乡", line=22)                   # 社冲乡木耳种植加工产业园: a park (decision 3)

# ---- line 25
p.ent("ADMIN", "社冲村", line=25, every=True)       # three times
p.ent("ADMIN", "社冲", line=25, after="清廉")         # 清廉社冲”廉政教育基地
p.ent("ADMIN", "社冲乡", line=25)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(8, 8, "CAPTION", article=1)
p.block(11, 11, "BODY", article=1)
p.block(14, 14, "CAPTION", article=1)
p.block(17, 17, "BODY", article=1)
p.block(20, 22, "CAPTION", article=1)               # two captions, split by the blank line
p.block(25, 25, "BODY", article=1)

p.save()
