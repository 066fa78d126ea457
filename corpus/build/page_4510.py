"""page-4510: 东辽县人民政府 (inferred: the county government's own news of its 常务会议; the stored copy is on
zxyzs.com, an investment-promotion portal's 吉林 channel, which credits no source), one article:
东辽县政府召开2017年第二次政府常务会议 (meeting of 3 March 2017; no publication date printed).
Text as returned by the `pages` store, from its title; the portal's navigation line above the title
(首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心) is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4510", "corpus/raw/pages/4510_dongliao_changwu.txt",
         publisher="东辽县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "东辽县政府", line=1)                    # the organ with its admin prefix, one ORG

# ---- line 3
p.ent("ORG", "县政府", line=3, nth=1)                 # 县政府召开
p.ent("ORG", "县政府", line=3, nth=1)                 # 第二次县政府常务会议: the organ inside the meeting's name

# ---- line 5: attendance
p.ent("ORG", "县委", line=5, nth=1)                   # 县委副书记、县长王伟国
p.ent("PERSON", "王伟国", line=5)
p.ent("ORG", "县委", line=5, nth=1)                   # 县委常委、常务副县长王飞
p.ent("PERSON", "王飞", line=5)
p.ent("ORG", "县委", line=5, nth=1)                   # 县委常委、副县长田国栋
p.ent("PERSON", "田国栋", line=5)
p.ent("PERSON", "秦勇", line=5)
p.ent("ORG", "县政府党组", line=5)                    # 县政府党组成员: 党组 kept inside (session 10/12 rule)
p.ent("PERSON", "唐小时", line=5)
for name in ["孙佰富", "赫岩", "鲍刚"]:
    p.ent("PERSON", name, line=5)
#   全县部分乡镇, 县直相关部门: generic, no span

# ---- line 7: the agenda
p.ent("ORG", "县农业局", line=7)
for org in ["林业局", "发改局", "交通局", "财政局", "水利局", "住建局"]:
    p.ent("ORG", org, line=7, nth=1)                  # bare departments after 县农业局 (decision 13)
p.ent("ORG", "县政府办", line=7)
p.ent("ADMIN", "县开发区", line=7)                    # the county's one development zone (decision 3)
p.slogan("GROUP", "三早", line=7)                     # 三早项目: items not spelled out
for town in ["金州", "辽河源", "云顶"]:
    p.ent("ADMIN", town, line=7)                      # 金州、辽河源、云顶园区: parks named after the county's townships
p.ent("ORG", "县财政局", line=7)
p.ent("ORG", "东辽县汇通担保公司", line=7)            # an enterprise named in full with its county
p.ent("ORG", "县机关事务局", line=7)

# ---- line 9: the county head's requirements
p.ent("PERSON", "王伟国", line=9)
p.slogan("PLAN", "十三五", line=9, nth=1)
#   “抓项目就是抓发展”, 大抓项目、大上项目、大建项目: no numeral, no formula
p.slogan("GROUP", "三早", line=9)                     # 确保“三早”项目按时开工
p.ent("ADMIN", "东辽县", line=9)
p.slogan("PLAN", "十三五", line=9, nth=1)             # 实现东辽县“十三五”良好开局

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 9, "BODY", article=1)                     # four paragraphs, four BODY blocks

p.save()
