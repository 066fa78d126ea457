"""page-1710: 中牟时报 (the 中牟 county edition printed as page Z04 of 郑州晚报's e-paper,
zzwb.zynews.cn), 2021-05-28 (date from the e-paper URL), one article: 中共大孟镇第四次代表大会召开.
Text as returned by the `pages` store, from its first line (e-paper header and title navigation
kept as PAGE); its last paragraph (大会强调,…努) was cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1710", "corpus/raw/pages/1710_zhongmou_dameng_dangdaihui.txt",
         publisher="中牟时报", date="2021-05-28", script="simplified", origin="pages")

# ---- lines 1-7: e-paper header and navigation
p.ent("ORG", "中牟时报", line=1)                # the edition's paper name (media are ORG)
for ln in (3, 9):                                 # 中共大孟镇第四次 代表大会召开 (nav entry, headline)
    p.ent("ORG", "中共", line=ln)                 # the Party named inside an event's name (decision 2)
    p.ent("ADMIN", "大孟镇", line=ln)
p.ent("ORG", "中共", line=4)
p.ent("ADMIN", "刘集镇", line=4)
p.ent("ORG", "郑州晚报", line=6)
p.ent("ORG", "郑州日报", line=6)

# ---- line 8: kicker; 国家中心城市 / 东部新城: no named unit

# ---- line 12
p.byline("BYLINE", "本报讯", line=12)            # bare source tag
p.ent("ORG", "中共", line=12)
p.ent("ADMIN", "大孟镇", line=12)

# ---- line 14
p.ent("ORG", "大孟镇党委", line=14)
p.ent("PERSON", "刘海峰", line=14)
p.ent("ORG", "大孟镇第三届委员会", line=14)     # a committee with its term: one ORG
p.ent("ADMIN", "大孟镇", line=14)               # 总结了大孟镇过去五年

# ---- line 16
p.ent("ORG", "县委", line=16)
p.ent("ORG", "县政府", line=16)
p.ent("ORG", "大孟镇党委", line=16)
#   “党建引领、融入都市、服务项目、建设家园、共享发展”: a list with no numeral, no formula
p.slogan("PLAN", "十三五", line=16)
p.slogan("PLAN", "十四五", line=16)

# ---- line 18
p.slogan("PARALLEL", "12357", line=18)          # a quoted code of digits (“12357”总思路)
#   国家级文明镇, 省级旅游名镇: titles, no unit named

# ---- blocks
p.block(1, 4, "PAGE")          # 第Z04版:中牟时报 … / Z04 / title navigation
p.block(6, 7, "PAGE")          # 返回主页 | 郑州晚报 | … / 上一期 下一期
p.block(8, 8, "KICKER", article=1)
p.block(9, 9, "HEADLINE", article=1)
p.block(10, 10, "SUBHEAD", article=1)
p.block(12, 18, "BODY", article=1)   # blank lines split it into four BODY blocks

p.save()
