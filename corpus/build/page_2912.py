"""page-2912: 德阳日报 (本报讯 with 德阳 全媒体记者, in the 德阳 section of m.yybnet.net),
2021-05 (month from the URL; no date printed), one article:
成渝地区双城经济圈媒体走进德阳 聚焦魅力城乡传唱奋进强音.
Text as returned by the `pages` store, from its title; the stored text ends with a
cut-off word 新闻 on its own line (site furniture), which is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2912", "corpus/raw/pages/2912_deyang_meiti_shuangcheng.txt",
         publisher="德阳日报", date=None, script="simplified", origin="pages")

# ---- line 1: headline (成渝 = two one-character short forms: no ADMIN)
p.ent("ADMIN", "德阳", line=1)

# ---- line 2: photo caption
p.ent("ORG", "东电", line=2)                        # 东电车间: the company (东方电机), its workshop a place

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "本报讯(全媒体记者任媛媛徐飞)", line=3)
p.ent("PERSON", "任媛媛", line=3)
p.ent("PERSON", "徐飞", line=3)
p.ent("ORG", "德阳市委宣传部", line=3)
p.ent("ORG", "市委网信办", line=3)
#   “唱好‘双城记’建好经济圈”: theme, no numeral formula (双城记 is a figure of speech)
p.ent("ADMIN", "德阳", line=3, after="双城经济圈媒体")   # …媒体德阳行活动: unit inside an event name
for org in ["人民日报", "新华社", "中央电视台", "中国日报", "四川日报"]:
    p.ent("ORG", org, line=3)
#   多家中央、省级媒体: 中央 as a level modifier, no span
for adm in ["成都", "德阳", "眉山", "资阳"]:       # …四市
    p.ent("ADMIN", adm, line=3, after="省级媒体以及")
p.ent("ADMIN", "重庆", line=3)
p.ent("ADMIN", "江北", line=3)
p.ent("ADMIN", "渝北", line=3)                      # …两区
p.ent("ADMIN", "德阳", line=3, after="记者云集")
p.ent("ADMIN", "德阳", line=3, after="聚焦")
p.ent("ADMIN", "德阳", line=3, after="切身感受")

# ---- line 4
p.ent("ORG", "国网德阳供电公司连心桥共产党员服务队", line=4)   # a named team joins its company
#   “三大厂”: a count of enterprises, no name and no formula
p.ent("ADMIN", "德阳市", line=4)                    # 德阳市区 -> the city (like X县城 -> X县)
#   “德邻中心·秦宓邑家”: a community complex (venue), no span
p.ent("ADMIN", "旌阳区", line=4)
p.ent("ADMIN", "高槐村", line=4)
p.ent("ADMIN", "中江县", line=4, nth=1)
p.ent("ADMIN", "回龙镇", line=4)
p.ent("ADMIN", "临江新村", line=4)                  # village in the chain 中江县|回龙镇|临江新村
p.ent("ORG", "中江县老年合唱队", line=4)            # a named team

# ---- line 5
p.ent("ADMIN", "中江", line=5)                      # “挂面村”: a nickname, no span
p.ent("ADMIN", "罗江", line=5)
p.ent("ADMIN", "星光村", line=5)
p.ent("ORG", "玻纤集团", line=5)                    # an enterprise by its short name
p.ent("ADMIN", "绵竹", line=5)
p.ent("ADMIN", "清平镇", line=5)
p.ent("ADMIN", "中国", line=5, before="玫瑰谷")     # 中国玫瑰谷: a site, the unit inside it (decision 2)
p.ent("ADMIN", "什邡", line=5)
p.ent("ORG", "雪茄烟厂", line=5)                    # 什邡的雪茄烟厂: one enterprise by its short name
#   天府数谷 (an industrial park), 三星堆 (a site): places, no span
p.ent("ADMIN", "广汉", line=5)
p.ent("ORG", "中国民航飞行学院", line=5)
p.ent("ADMIN", "德阳", line=5)

# ---- line 6: quote and its speaker
p.ent("ADMIN", "德阳", line=6, every=True)          # 对德阳, 把德阳工业发展, 推介德阳 (成德眉资: one-character forms)
p.ent("ORG", "眉山广播电视台", line=6)
p.ent("PERSON", "张婷", line=6)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "CAPTION", article=1)
p.block(3, 6, "BODY", article=1)

p.save()
