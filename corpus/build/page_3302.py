"""page-3302: 辽宁区域经济 (lnqyjj.com, 高端访谈 section), 2021-05-07, one article:
阜蒙县委书记刘彦鸿深入部分乡镇调研. Text as stored by the `pages` store, from its title (the
breadcrumb line above the title is left out); the last stored paragraph (刘彦鸿要求,一要…)
is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3302", "corpus/raw/pages/3302_lnqyjj_fumeng_diaoyan.txt",
         publisher="辽宁区域经济", date="2021-05-07", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "阜蒙县委", line=1)                     # 阜蒙县委书记 -> ORG + title
p.ent("PERSON", "刘彦鸿", line=1)

# ---- line 4: web meta line: author credit is a BYLINE, date and 浏览 counter outside
p.byline("BYLINE", "作者:丁枫林 张彪", line=4)
p.ent("PERSON", "丁枫林", line=4)
p.ent("PERSON", "张彪", line=4)

# ---- line 9: source tag + body
p.byline("BYLINE", "(辽宁区域经济/丁枫林 张彪)", line=9)
p.ent("ORG", "辽宁区域经济", line=9)                 # the medium named as source
p.ent("PERSON", "丁枫林", line=9)
p.ent("PERSON", "张彪", line=9)
p.ent("ORG", "阜蒙县委", line=9)
p.ent("PERSON", "刘彦鸿", line=9)
for town in ["八家子镇", "福兴地镇", "旧庙镇", "哈达户稍镇"]:
    p.ent("ADMIN", town, line=9)
#   百万亩国土绿化行动: a quantity, no formula
p.ent("ORG", "县委办", line=9)                       # add before 县委 so 县委 does not hit inside it
p.ent("ORG", "县委", line=9)                         # 县委相关领导
p.ent("ORG", "县农业农村局", line=9)
for dept in ["林业和草原局", "文旅广电局", "财政局", "交通局", "水利局"]:
    p.ent("ORG", dept, line=9)                       # bare departments listed after 县… (decision 13)

# ---- line 13
p.ent("PERSON", "刘彦鸿", line=13)
p.ent("ORG", "县委", line=13)                        # 县委相关领导

# ---- line 14
p.ent("ADMIN", "八家子镇", line=14, nth=1)
p.ent("ADMIN", "八家子镇", line=14, nth=1)           # second mention
p.ent("PERSON", "刘彦鸿", line=14)
p.ent("ORG", "县委", line=14)                        # 县委常委会184次会议: the committee's meeting -> 县委 only

# ---- line 18
p.ent("PERSON", "刘彦鸿", line=18)                   # 我县, 全县, 各乡镇: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                  # a lone list bullet (site furniture)
p.block(4, 4, "BYLINE", article=1)     # • date 作者:… 浏览:… (decision 12)
p.block(5, 5, "COLUMN")                # 【高端访谈】 section name
p.block(7, 7, "PAGE")                  # image file name standing for a picture
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "PAGE")
p.block(13, 14, "BODY", article=1)
p.block(16, 16, "PAGE")
p.block(18, 18, "BODY", article=1)

if "--show" in sys.argv:
    p.show()
else:
    p.save()
