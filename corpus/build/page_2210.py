"""page-2210: 黔南日报 (paper.qntv.net e-paper), 2025-01-10: interviews with 州人大代表 during the
州两会. Text as returned by the `pages` store, from its title. Article 1 is whole; of article 2 only the
title and its —— subhead survive: its byline line (记者 刘茹…) was cut off mid-name and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2210", "corpus/raw/pages/2210_qiannan_renda_daibiao_fangtan.txt",
         publisher="黔南日报", date="2025-01-10", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "三都", line=1)                           # 助推三都文旅产业
#   “贵州村马”: 贵州 inside a brand name -> ADMIN (decision 2), added with every=True below

# ---- line 2: subhead
p.ent("ORG", "州人大", line=2)                           # 州人大代表: a deputy of the 州人大 (shortened title keeps its organ)
p.ent("ORG", "三都水族自治县文化和旅游局", line=2)
p.ent("PERSON", "韦丽娜", line=2)

# ---- line 3: byline
p.byline("BYLINE", "记者 刘茜 刘茹男 陆金慧 徐朦", line=3)
for name in ["刘茜", "刘茹男", "陆金慧", "徐朦"]:
    p.ent("PERSON", name, line=3)

# ---- line 4
p.ent("PERSON", "向承强", line=4)                        # 向承强州长: title after the name
#   从7个方面 (twice): counts in prose
p.ent("ADMIN", "三都", line=4, nth=1)                    # 三都‘村马’
p.ent("ADMIN", "三都", line=4, after="支持")             # 支持三都‘村马’
p.ent("ORG", "州人大", line=4)
p.ent("ORG", "三都水族自治县文化和旅游局", line=4)
p.ent("PERSON", "韦丽娜", line=4)
#   州两会: a count of meetings, no formula, no ORG
p.ent("ADMIN", "黔南州", line=4)                         # inside the title of the proposal 《关于整合黔南州资源,…》

# ---- line 5
p.ent("ADMIN", "三都", line=5, nth=1)                    # 三都举办了33场赛马活动
p.ent("PERSON", "韦丽娜", line=5)
p.ent("ADMIN", "三都", line=5, after="接下来")            # 三都将紧紧围绕
#   民族文化和“贵州村马”两个核心: an ad-hoc count in prose, no formula (see notes)
#   “独特多彩民族文化+全民赛马氛围+新媒体运营”: no numeral, no PLUS formula

# ---- every 贵州 (all inside the brand 贵州村马 / ‘贵州村马’): lines 1, 4 and 5 (10 occurrences)
p.ent("ADMIN", "贵州", every=True)

# ---- line 6-7: article 2 (title and subhead only)
p.ent("ORG", "州人大", line=7)
p.ent("ORG", "瓮安县平定营镇党委", line=7)               # 瓮安县平定营镇党委书记: the organ with its admin prefix
p.ent("PERSON", "黄平", line=7)                          # a person here (the county 黄平县 lies elsewhere, in 黔东南)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 5, "BODY", article=1)
p.block(6, 6, "HEADLINE", article=2)
p.block(7, 7, "SUBHEAD", article=2)

p.save()
