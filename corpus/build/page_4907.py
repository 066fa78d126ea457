"""page-4907: 三江侗族自治县政协 (county CPPCC news on 柳州政协网, 县区政协 > 三江县 > 三江动态),
2017-05-04 (from the URL), one article: the CPPCC standing committee's third meeting.
Text as returned by the `pages` store; it has no title line (the store begins at the
site's 内容导航: line); the last stored paragraph, cut mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4907", "corpus/raw/pages/4907_sanjiang_zhengxie_changweihui.txt",
         publisher="三江侗族自治县政协", date="2017-05-04", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 2: the meeting
p.ent("ORG", "政协三江侗族自治县第十三届委员会常务委员会", line=2)   # term + committee after the organ: one name
p.ent("ADMIN", "三江", line=2, after="桂三高速公路")                # 桂三高速公路三江段: unit inside a road segment's name
p.ent("ORG", "县政协", line=2, after="下午在")                       # 县政协|会议室: the room is no part of the body
p.ent("ADMIN", "三江", line=2, after="关于桂三高速公路")
p.ent("ORG", "县政协", line=2, after="学习相关文件精神")             # 县政协主席
p.ent("PERSON", "兰美清", line=2)
p.ent("ORG", "县政协", line=2, after="主持会议")                     # 县政协副主席
for name in ["赖忠厚", "向美焕", "吴万清", "梁永生", "杨斌义"]:
    p.ent("PERSON", name, line=2)
#   各政协常委: generic, no span
p.ent("ORG", "县人民政府", line=2)
p.ent("PERSON", "林建松", line=2)

# ---- line 3: the inspection
p.ent("ORG", "县政协", line=3)                                      # 县政协常委 -> ORG + title
p.ent("ADMIN", "三江", line=3, after="对桂三高速公路")
p.ent("ADMIN", "古宜镇", line=3)
#   黄排出口, 黄排至县城连接线: an exit / link road named after a place; no span (see notes)
p.ent("ADMIN", "龙胜", line=3)                                      # 龙胜界: the border with 龙胜 (county)
p.ent("ADMIN", "贵州", line=3)                                      # 贵州界
p.ent("ADMIN", "三江", line=3, after="掌握桂三高速公路")

# ---- line 4: the forum and the documents
p.ent("ORG", "县政协", line=4)                                      # 县政协会议室
p.ent("ORG", "县交通重点建设办", line=4)
p.ent("ADMIN", "三江", line=4, after="负责人桂三高速公路")
p.ent("ORG", "县委", line=4)
p.ent("ORG", "县政府", line=4)
p.ent("ORG", "县政协常委会", line=4)                                # inside 《2017年县政协常委会工作要点》
#   2017年政协调研课题: bare institution type 政协, no span
p.ent("ORG", "政协三江侗族自治县", line=4)                          # …第十三届第三次会议: the session is the event
p.ent("ORG", "中共柳州市委员会", line=4)
p.ent("ORG", "市政协党组", line=4)
#   政协委员工作, 广大政协委员, 政协工作: no body named

# ---- blocks
p.block(1, 1, "PAGE")          # 内容导航: (site furniture)
p.block(2, 4, "BODY", article=1)

p.save()
