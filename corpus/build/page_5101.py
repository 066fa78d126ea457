"""page-5101: 平阳新闻网 (平阳县融媒体中心; page on py.66wz.com, the 平阳 channel of 温州网), 2020-04-21,
one article: 官宣!2020年平阳“两会”时间确定! (the county people's congress standing committee's
meeting, with a 又讯 item on the county CPPCC standing committee). Text as returned by the
`pages` store, from its title (the breadcrumb above the title and the cut last paragraph dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5101", "corpus/raw/pages/5101_pingyang_renda_zhengxie.txt",
         publisher="平阳新闻网", date="2020-04-21", script="simplified", origin="pages")

# ---- line 1: headline (【要闻】 banner stays in the HEADLINE block)
p.ent("ADMIN", "平阳", line=1)
#   “两会”: a count of meetings, no formula (decisions of 16NN/17NN)

# ---- line 3: meta line, source credit
p.byline("BYLINE", "来源:平阳新闻网", line=3)
p.ent("ORG", "平阳新闻网", line=3)

# ---- line 5: source tag + reporters and editor, first sentence
p.byline("BYLINE", "本网讯 (记者 李凌峰 徐远虑 编辑 陈聪)", line=5)
p.ent("PERSON", "李凌峰", line=5)
p.ent("PERSON", "徐远虑", line=5)
p.ent("PERSON", "陈聪", line=5)
p.ent("ORG", "县十六届人大常委会", line=5)     # term inside the name as written; 第二十六次会议 is the event
p.ent("ORG", "县人大常委会", line=5)            # 县人大常委会主任 -> ORG + title
p.ent("PERSON", "许益伟", line=5)

# ---- line 7
p.ent("ORG", "县政府", line=7, nth=1)
p.ent("ORG", "县政府", line=7, nth=1)           # second 县政府 (first already taken)
p.ent("ORG", "县十六届人大", line=7)           # 县十六届人大四次会议: the congress of the term; the session is the event
#   县人代会: the session (an event), no span
p.ent("ORG", "县人大常委会", line=7)            # 县人大常委会主任会议: the committee's meeting -> the committee
p.ent("ORG", "平阳县人民代表大会社会建设委员会", line=7)

# ---- line 9
p.ent("ORG", "平阳县第十六届人民代表大会", line=9)   # 第四次会议 outside
p.ent("ADMIN", "昆阳", line=9)                  # 昆阳(镇), the county seat

# ---- line 11
p.ent("ORG", "县应急管理局", line=11)
p.ent("ORG", "县综合行政执法局", line=11)
p.ent("ORG", "县资管办", line=11)

# ---- line 13
p.ent("ORG", "县人大常委会", line=13)
p.ent("PERSON", "许益伟", line=13)

# ---- line 15
p.ent("ORG", "县十六届人大常委会", line=15)    # 第62次主任会议 outside

# ---- line 17
p.ent("ORG", "县人大常委会", line=17)
for name in ["郑杰", "许道静", "方明晓", "姚宗纯", "林小同", "林大雪", "王文胜"]:
    p.ent("PERSON", name, line=17)

# ---- line 19: 又讯 item (CPPCC)
p.byline("BYLINE", "又讯", line=19)            # a bare source tag opening the second report, like 本报讯
p.ent("ORG", "政协第十五届平阳县委员会常务委员会", line=19)
p.ent("ORG", "县政协", line=19)                 # 县政协十五届四次会议: the organ; 十五届四次会议 is the session
p.ent("ADMIN", "昆阳", line=19)

# ---- line 21
p.ent("ORG", "县政协", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # date + 来源: meta line (decision 12)
p.block(5, 21, "BODY", article=1)       # one article: the headline's 两会 covers the 又讯 item too

p.save()
