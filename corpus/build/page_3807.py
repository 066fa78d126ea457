"""page-3807: 湘乡市人大常委会 (湘乡人大网, rd.xiangxiang.gov.cn), 2025-12-20, one article:
the 38th meeting of the 9th standing committee of 湘乡市人大. Text as returned by the `pages`
store (it starts with the body: no title is stored); its last paragraph (会议要求:…), cut off
mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3807", "corpus/raw/pages/3807_xiangxiang_rendahui_changweihui.txt",
         publisher="湘乡市人大常委会", date="2025-12-20", script="simplified", origin="pages")

# ---- line 1: the meeting and its attendance list
p.ent("ORG", "湘乡市第九届人大常委会", line=1)        # term inside the name (酒泉市第四届人民代表大会); 第38次会议 is the event
p.ent("ORG", "市人大常委会", line=1, after="会议召开。")  # 市人大常委会主任
p.ent("PERSON", "李文亮", line=1, nth=1)
for name in ["王红阳", "付芬萍", "罗玉高", "黄志文"]:
    p.ent("PERSON", name, line=1, nth=1)
p.ent("ORG", "人大常委会", line=1, after="30名")       # 30名人大常委会组成人员: this one committee's members
p.ent("ORG", "市委", line=1, after="参加会议的有")      # 市委常委 -> ORG 市委
p.ent("ORG", "市人民政府", line=1, after="参加会议的有")  # 市人民政府副市长
p.ent("ORG", "经开区党工委", line=1)                   # 经开区党工委书记
p.ent("PERSON", "万谦", line=1)
p.ent("ORG", "市委", line=1, after="万谦")             # 市委常委
p.ent("ORG", "统战部", line=1, after="万谦")           # 统战部部长 (shortened title keeps the department)
p.ent("ORG", "市人民政府", line=1, after="万谦")
p.ent("PERSON", "王璞", line=1)
p.ent("ORG", "市人民政府", line=1, after="王璞")
for name in ["胡建时", "廖云青", "蒋莹"]:
    p.ent("PERSON", name, line=1)
for org in ["市委统战部", "市委社工部", "市委政法委", "市监察委员会", "市人民法院", "市人民检察院", "市政府办"]:
    p.ent("ORG", org, line=1)
p.ent("ORG", "市人大常委会", line=1, after="市政府办负责人")      # 市人大常委会委员提名人选
p.ent("ORG", "市人大常委会", line=1, after="委员提名人选")        # 市人大常委会工作和办事机构 (generic offices: parent only)
p.ent("ORG", "市人大", line=1, after="办事机构副主任")            # 市人大专门委员会 (a class of committees: parent only)
p.ent("ORG", "市人大", line=1, after="副主任委员提名人选")        # 市人大所属事业单位
p.ent("ORG", "市人大", line=1, after="事业单位负责人")            # 市人大相关专门委员会
p.ent("ORG", "市人大常委会", line=1, after="兼职委员")            # 市人大常委会相关议题调查组
#   派驻纪检监察组组长: bare institution type, no span; 市直相关单位, 人大工作者, 人大代表: generic
p.ent("ORG", "市人大常委会", line=1, after="会议由")
p.ent("PERSON", "李文亮", line=1, after="会议由")
for name in ["王红阳", "付芬萍", "罗玉高", "黄志文"]:
    p.ent("PERSON", name, line=1, after="会议由")

# ---- line 2
p.ent("PERSON", "习近平", line=2)
p.ent("ORG", "求是", line=2)                            # 《求是》杂志: a periodical in 《》 is ORG without the marks

# ---- line 3
p.ent("ORG", "市监察委员会", line=3)
p.ent("PERSON", "王沛", line=3)
p.ent("ORG", "市人大监察和司法委", line=3)
p.ent("ORG", "法制委", line=3)                          # (法制委): the same committee's other name, one specific body
p.ent("PERSON", "邓世友", line=3)

# ---- line 4
p.ent("ORG", "中央纪委", line=4)                        # 中央纪委国家监委: two organs written one after the other
p.ent("ORG", "国家监委", line=4)
p.ent("ORG", "市监察委员会", line=4)
#   上级监委: generic
p.ent("ORG", "湘乡市委", line=4)

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
