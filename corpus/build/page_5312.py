"""page-5312: 甘南日报 (e-paper of the 甘南藏族自治州 paper, 02版), 2022-07-05, one article:
夏河:乘风破浪正当时 草原盛开幸福花 (记者 李婷婷). Text as returned by the `pages` store, from the
e-paper's navigation line above the title; the stored page's last line, a footer cut off
mid-word (copyright@2008潍坊北), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5312", "corpus/raw/pages/5312_gannan_xiahe_bolacun.txt",
         publisher="甘南日报", date="2022-07-05", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: e-paper navigation (PAGE)
p.ent("ORG", "甘南日报", line=1)

# ---- line 6: headline
p.ent("ADMIN", "夏河", line=6)

# ---- lines 10-11: meta line (BYLINE block); 作者:工程 is the e-paper system's account, no credit
p.ent("ORG", "甘南日报", line=10, nth=1)            # 甘南日报新闻: the paper's name
p.byline("BYLINE", "来源: 甘南日报", line=10)
p.ent("ORG", "甘南日报", line=10)                   # the source after 来源:

# ---- line 14: reporter line
p.byline("BYLINE", "记者 李婷婷", line=14)
p.ent("PERSON", "李婷婷", line=14)

# ---- line 16
#   省第十四次党代会: an event, no span
p.ent("ADMIN", "甘肃", line=16)
p.ent("ADMIN", "夏河县", line=16)                   # 夏河县域经济 (X县城 -> X县 rule)

# ---- line 17
#   国道568线: no span
p.ent("ADMIN", "夏河县", line=17)
p.ent("ADMIN", "博拉镇", line=17)
p.ent("ADMIN", "加地沟行政村", line=17)
#   博拉道自然村: below village level, no span (decision 3); likewise 博拉道村 on lines 18, 19

# ---- line 18
p.slogan("GROUP", "五无甘南", line=18)              # “五无甘南”创建: a campaign's numbered formula
p.ent("ADMIN", "甘南", line=18)                     # unit inside a campaign's name (decision 2)
#   “产业兴旺、…”, “治脏、治违、…”: no numeral, no formula
p.slogan("GROUP", "三网", line=18)                  # 三网改造: the kind noun stays outside

# ---- line 20
p.ent("ADMIN", "夏河", line=20)                     # 夏河机场: a facility, the unit inside it
#   阿米贡洪山: a mountain, no span
p.ent("ADMIN", "安果", line=20)                     # “空港门户、藏乡安果”: the village by its bare name
p.ent("ADMIN", "夏河县", line=20)
p.ent("ADMIN", "阿木去乎镇", line=20)
p.ent("ADMIN", "安果村", line=20)

# ---- line 21
p.ent("ADMIN", "夏河县", line=21)
p.ent("ADMIN", "阿木去乎镇", line=21)
p.ent("ADMIN", "安果村", line=21, every=True)       # three mentions on the line
#   党支部 (bare): no span (decision 5)
p.slogan("PARALLEL", "一十百千万", line=21)         # 文化旅游“一十百千万”工程: a code of numerals, 工程 outside

# ---- line 23: the e-paper software's credit (PAGE)
p.ent("ORG", "潍坊北大青鸟华光照排有限公司研发室", line=23)   # sub-unit joined to its company

# ---- blocks
p.block(1, 1, "PAGE")          # 上一版/ 02版:甘南日报 /下一版  查看本版大图
p.block(6, 6, "HEADLINE", article=1)
p.block(10, 11, "BYLINE", article=1)   # 甘南日报新闻 时间: … 来源: 甘南日报 / 作者:工程
p.block(14, 14, "BYLINE", article=1)   # 记者 李婷婷
p.block(16, 21, "BODY", article=1)
p.block(23, 23, "PAGE")        # 潍坊北大青鸟华光照排有限公司研发室制作

p.save()
