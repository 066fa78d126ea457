"""page-5409: 云阳网 (yunyangwang.com, 云阳县融媒体中心's news site, 重庆), 2022-01-07, one article:
the deputies of 云阳县's 18th people's congress review the government work report. Text as returned
by the `pages` store (it opens with the source tag; no title line is stored); the last paragraph,
cut off mid-sentence (县人大代表徐本国说:“能源是当前引领发展的领域,希望政府在第四次工业), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5409", "corpus/raw/pages/5409_yunyang_renda_shenyi.txt",
         publisher="云阳网", date="2022-01-07", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: source tag + reporters, then the lead
p.byline("BYLINE", "云阳网讯(记者 陈小娅 刘婷 伍林 吴忧 黄美琪)")
p.ent("ORG", "云阳网", line=1)                       # the county's news site as the tag's source
for name in ["陈小娅", "刘婷", "伍林", "吴忧", "黄美琪"]:
    p.ent("PERSON", name, line=1)
p.ent("ORG", "县第十八届人民代表大会", line=1)        # congress of a numbered term (21NN); 第一次会议 is the event
#   《政府工作报告》: a document's kind, no ORG

# ---- line 2
p.ent("ORG", "县委", line=2)
p.ent("ADMIN", "云阳", line=2)

# ---- lines 3-6: the deputies (县人大代表 -> ORG 县人大 + title, as 阿右旗人大代表)
p.ent("ORG", "县人大", line=3)
p.ent("PERSON", "李小敏", line=3)
p.ent("ADMIN", "云阳", line=3, every=True)           # three times
p.ent("ORG", "县人大", line=4)
p.ent("PERSON", "代兴云", line=4)
#   来自农村的人大代表: the kind, no span
p.ent("ORG", "县人大", line=5)
p.ent("PERSON", "陈钢炼", line=5)
#   习总书记: a surname with a title, no PERSON
p.ent("ORG", "县人大", line=6)
p.ent("PERSON", "邹强", line=6)
p.ent("ADMIN", "云阳", line=6)

# ---- line 7: the plan's formulas
#   县第十五次党代会: an event (a congress session), no ORG
p.slogan("PARALLEL", "五地一支撑")                   # two numeral-led parts; items not listed here
p.slogan("COUNT", "六个显著提升")
p.slogan("COUNT", "十个提能升级")
#   六个方面工作: a count in prose; 千亿工业: an output target, not a count of parts
p.ent("ADMIN", "云阳", line=7)
#   成渝地区双城经济圈: one-character short forms (成渝) are no ADMIN; 双城 counts two cities (prose)

# ---- blocks
p.block(1, 7, "BODY", article=1)

p.save()
