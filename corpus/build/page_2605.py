"""page-2605: 岳阳县人民政府 (yyx.gov.cn, 政务公开 > 县政府常务会议), 2016-04-13: minutes of the
county government's 21st executive meeting (县人民政府第21次常务会议纪要). Text as returned by the
`pages` store, from its first line (the store keeps the title as "第21次"); the last stored
paragraph, cut mid-sentence (会议原则同意县), is dropped. Month/day characters are missing in the
store (2016-度, 4-初, 新-异): kept as stored."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2605", "corpus/raw/pages/2605_yueyangxian_changwuhui21.txt",
         publisher="岳阳县人民政府", date="2016-04-13", script="simplified", origin="pages")

# ---- line 2: issuing unit + date (web meta line, decision 12 / held-out rule)
p.ent("ORG", "岳阳县人民政府办公室", line=2)
p.byline("BYLINE", "岳阳县人民政府办公室", line=2)

# ---- line 3
p.ent("PERSON", "张中于", line=3)                     # 县长 = title
#   县政务服务中心常务会议室: the meeting's venue, no span (decision 14)
p.ent("ORG", "县人民政府", line=3)                    # 县人民政府第21次常务会议: organ inside a meeting name
p.ent("ADMIN", "岳阳县", line=3, nth=1)               # 研究岳阳县洞庭湖生态经济区…
#   洞庭湖生态经济区: a planning region, not a government-run zone: no span
p.slogan("COUNT", "五个专项行动", line=3)             # the 水环境综合治理五个专项行动 package
p.ent("ADMIN", "岳阳县", line=3, after="复审")        # 岳阳县2016-度财政预算

# ---- line 6
p.ent("ORG", "县卫生和计划生育局", line=6)
p.ent("ORG", "县委常委会", line=6)                    # 报县委常委会研究: the committee acting

# ---- line 7
p.ent("ORG", "迎接国家卫生县城复审工作领导小组", line=7)   # a named working group
p.slogan("GROUP", "六大整治专项行动", line=7)

# ---- line 9
p.ent("ORG", "迎接国家卫生县城复审工作领导小组", line=9)

# ---- line 10
p.ent("ORG", "县财政", line=10)                       # 县财政安排…经费: the finance bureau acting
p.ent("ORG", "县卫计局", line=10)

# ---- line 11 (crosshead)
p.ent("ADMIN", "岳阳县", line=11)
p.slogan("COUNT", "五个专项行动", line=11)

# ---- line 12
p.ent("ADMIN", "湖南", line=12)                       # 洞庭湖 (a lake), 洞庭湖生态经济区: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(4, 4, "CROSSHEAD", article=1)
p.block(5, 10, "BODY", article=1)
p.block(11, 11, "CROSSHEAD", article=1)
p.block(12, 12, "BODY", article=1)

p.save()
