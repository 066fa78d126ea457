"""page-2806: 福州市晋安区人民政府 (fzja.gov.cn, 政务公开 > 政府会议 > 常务会议), 2023-03-21,
one article: 区十三届政府2023年第5次常务会议. Text as returned by the `pages` store, from its
title; the last line, cut off mid-word (来源:晋安区政), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2806", "corpus/raw/pages/2806_jinan_changwu_huiyi.txt",
         publisher="福州市晋安区人民政府", date="2023-03-21", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "区十三届政府", line=1)                # the government of one term, as 县政协九届委员会; the meeting is outside

# ---- line 4
p.ent("ORG", "区政府", line=4)                      # 区政府董敬太区长
p.ent("PERSON", "董敬太", line=4)
p.ent("ORG", "区十三届政府", line=4)
#   党的二十届二中全会, 全国两会: meetings, no span
p.ent("PERSON", "习近平", line=4)
p.ent("ORG", "中共中央政治局", line=4)              # an organ named inside an event (第三次集体学习)
p.ent("ORG", "省委", line=4)                        # 省委、市委常委会(扩大)会议: the committees' meetings
p.ent("ORG", "市委", line=4)                        # 市委常委会 -> ORG 市委 only (25NN decision)

# ---- line 6
p.ent("PERSON", "习近平", line=6)

# ---- line 8
p.ent("PERSON", "习近平", line=8, nth=1)
p.ent("PERSON", "习近平", line=8)
p.ent("ADMIN", "福建", line=8)
p.ent("ADMIN", "福州", line=8)
p.ent("ADMIN", "福兴经济开发区", line=8)            # a named development zone (decision 3)
#   “深学争优、敢为争先、实干争效”, “党建领航、经济领跑、民生领先”, “能力提升年、…”: no numeral, no slogan

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")          # 时间:… (a date-only meta line)
p.block(4, 10, "BODY", article=1)

p.save()
