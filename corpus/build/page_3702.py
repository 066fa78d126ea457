"""page-3702: 牛城晚报 (邢台日报社), on 邢台网 (xtrb.cn), 2022-02-11, one article:
新河任泽隆尧15个项目集中开工. Text as returned by the `pages` store, from its title; the last
paragraph of the rights notice, cut off mid-sentence (独家授权邢台网发布,未经), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3702", "corpus/raw/pages/3702_xingtai_xinhe_renze_longyao.txt",
         publisher="牛城晚报", date="2022-02-11", script="simplified", origin="pages")

# ---- line 1: web title (the title is printed again at line 7)
for unit in ["新河", "任泽", "隆尧"]:
    p.ent("ADMIN", unit, line=1)                 # bare county names that refer to the units

# ---- line 3: the page's meta line: timestamp + 来源:牛城晚报
p.byline("BYLINE", "来源:牛城晚报", line=3)      # labelled credit (decision 12), timestamp outside
p.ent("ORG", "牛城晚报", line=3)

# ---- line 5: kicker (no entities); line 7: headline again
for unit in ["新河", "任泽", "隆尧"]:
    p.ent("ADMIN", unit, line=7)

# ---- line 9: bare 本报讯 + lead
p.byline("BYLINE", "本报讯", line=9)
p.ent("ADMIN", "新河县", line=9)
p.ent("ADMIN", "任泽区", line=9)
p.ent("ADMIN", "隆尧县", line=9)
#   “大好高优”, 顶天立地: no numeral, no formula; 15个…项目: a count in prose

# ---- line 11: 新河县
p.ent("ADMIN", "新河县", line=11, nth=1)
p.ent("ADMIN", "新河", line=11, after="将为")        # 为新河加快转型升级步伐
p.ent("ADMIN", "新河县", line=11, after="动力。")
#   项目建设突破年活动, the quoted 理念: no numeral, no formula

# ---- line 13: 隆尧县
p.ent("ADMIN", "隆尧县", line=13, nth=1)
p.ent("ADMIN", "隆尧", line=13, after="为")          # 为隆尧高质量赶超发展
p.ent("ADMIN", "隆尧县", line=13, after="动力。")

# ---- line 15: 任泽区 + closing credit
p.ent("ADMIN", "任泽区", line=15, nth=1)
#   该区: deictic, no span
p.ent("ADMIN", "任泽", line=15, after="智造绿都")    # “智造绿都、和合任泽”: the unit inside a brand (decision 2)
p.ent("ADMIN", "任泽区", line=15, after="意义。")
p.slogan("PARALLEL", "双进双产", line=15)            # 双 as a numeral in a fixed formula, two parts
#   一号工程: an ordinal (the No. 1 project), no formula; “妈妈式”服务: no numeral
p.byline("CREDIT", "(邢台日报社全媒体记者 高敏)", line=15)
p.ent("ORG", "邢台日报社", line=15)
p.ent("PERSON", "高敏", line=15)

# ---- line 17: the site's rights line (its continuation, cut off, was dropped)
p.ent("ORG", "邢台日报", line=17)
p.ent("ORG", "牛城晚报", line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # timestamp + 来源: the page's source line
p.block(5, 5, "KICKER", article=1)
p.block(7, 7, "HEADLINE", article=1)    # a web page's title printed twice: HEADLINE both times
p.block(9, 15, "BODY", article=1)
p.block(17, 17, "PAGE")                 # rights notice

p.save()
