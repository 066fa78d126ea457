"""page-2311: 松桃网 (songtaowang.cn, news site of 松桃苗族自治县, 贵州铜仁), 2021-04-17, one article:
东莞市虎门组团来松考察对接东西部协作工作. Text as returned by the `pages` store, from its title
(site navigation above the title left out; a last caption cut off mid-word, "在苗", dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2311", "corpus/raw/pages/2311_songtao_humen_xiezuo.txt",
         publisher="松桃网", date="2021-04-17", script="simplified", origin="pages")

TITLE = "东莞市虎门组团来松考察对接东西部协作工作"

# ---- line 1: headline (虎门组团: a delegation, no ORG; 松 = 松桃, one character: no ADMIN)
p.ent("ADMIN", "东莞市", line=1)
p.ent("ADMIN", "虎门", line=1)

# ---- line 2: web meta line (decision 12: one BYLINE span per labelled credit, timestamp outside)
p.byline("BYLINE", "作者:杨秀远 杜娟 周黔松", line=2)
p.byline("BYLINE", "来源:本站原创", line=2)          # the site's own source tag, like 本网讯
for n in ["杨秀远", "杜娟", "周黔松"]:
    p.ent("PERSON", n, line=2)

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "本网讯(记者  杨秀远 杜娟 周黔松)", line=5)
for n in ["杨秀远", "杜娟", "周黔松"]:
    p.ent("PERSON", n, line=5)
p.ent("ORG", "滨海湾新区党工委", line=5)
p.ent("ORG", "虎门镇委", line=5)
p.ent("PERSON", "罗斌", line=5)
p.ent("ORG", "麻涌镇委", line=5)
p.ent("PERSON", "谭叙棉", line=5)
p.ent("ORG", "中堂镇委", line=5)
p.ent("PERSON", "王耀明", line=5)
p.ent("ADMIN", "东莞市", line=5)
p.ent("ADMIN", "虎门", line=5, after="东莞市")
p.ent("ORG", "县委", line=5, after="座谈会")           # 县委书记
p.ent("PERSON", "李俊宏", line=5)
p.ent("ORG", "县委", line=5, after="李俊宏")           # 县委副书记
p.ent("PERSON", "吴廷友", line=5)
p.ent("ORG", "县委", line=5, after="吴廷友")           # 县委常委 -> ORG 县委
p.ent("PERSON", "赵启亮", line=5)
p.ent("ORG", "贵州松桃经开区党工委", line=5)
p.ent("PERSON", "何茂", line=5)
p.ent("ORG", "县人大常委会", line=5)
p.ent("PERSON", "王福荣", line=5)
p.ent("PERSON", "周强", line=5)

# ---- photo alt lines repeating the title (lines 8, 10, 12, 20, 24, 28, 31, 35)
for ln in [8, 10, 12, 20, 24, 28, 31, 35]:
    p.ent("ADMIN", "东莞市", line=ln)
    p.ent("ADMIN", "虎门", line=ln)

# ---- line 17: second paragraph
p.ent("PERSON", "罗斌", line=17)
p.ent("PERSON", "谭叙棉", line=17)
p.ent("PERSON", "王耀明", line=17)
#   我县发展成就展览馆: a venue (decision 14), no span
p.ent("ORG", "大川纺织厂", line=17)                  # an enterprise
p.ent("ADMIN", "经济开发区", line=17)                # the county's own zone, listed with its towns (decision 3)
#   苗食金融服务站 (a service point), 苗王城 (a site): no span
p.ent("ADMIN", "正大镇", line=17)
p.ent("ADMIN", "长征村", line=17)                    # 长征村油茶基地: a site, units inside it
p.ent("ADMIN", "太平营街道", line=17)
p.ent("ORG", "圣迪乐蛋鸡孵化场", line=17)            # an enterprise's hatchery, like 大川纺织厂
p.ent("ORG", "三和锰业", line=17)                    # a company by its short name
p.ent("ADMIN", "东莞", line=17, after="推动")
p.ent("ADMIN", "松桃", line=17, after="东莞")

# ---- captions
p.ent("PERSON", "李俊宏", line=22)
p.ent("ADMIN", "虎门", line=22)
p.ent("ADMIN", "经开区", line=33)                    # 经开区服装厂: the county's zone named by its zone word

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(8, 14, "CAPTION", article=1)                 # three photo alt lines (the title) and 座谈会现场
p.block(17, 17, "BODY", article=1)
p.block(20, 35, "CAPTION", article=1)                # alt lines and captions of the photos after the text

p.save()
