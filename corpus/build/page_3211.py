"""page-3211: 广西壮族自治区民族宗教事务委员会 (mzw.gxzf.gov.cn), special column on the 30th
anniversary of 环江毛南族自治县 (hj30znxqzl); one article on the county's 60-day countdown to its
anniversary. The stored text has no title and starts with the body; its last paragraph
(精心组织一批活动,…据介绍,整个) is cut off mid-sentence and was dropped. Year 2017 inferred
(the county was set up on 1987-11-18), no date printed."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3211", "corpus/raw/pages/3211_gxmzw_huanjiang_xianqing.txt",
         publisher="广西壮族自治区民族宗教事务委员会", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "环江毛南族自治县", line=1)
#   毛南族 (an ethnic group): no span
p.ent("ADMIN", "环江", line=1, after="展现")

# ---- line 2
p.ent("ADMIN", "环江", line=2)                         # 环江是我国唯一的毛南族自治县
#   我国: deictic, no span; 毛南族自治县 (a kind of county, no name): no span

# ---- line 3
p.ent("ADMIN", "河池", line=3)                         # 河池中心城区
p.ent("ADMIN", "河池", line=3, after="融入")           # 河池半小时经济圈
p.ent("ADMIN", "环江", line=3)                         # 这是环江的发展策略
p.ent("ADMIN", "环江", line=3, after="如何融入")       # 环江至东江二级路 (road: units inside, decision 2)
p.ent("ADMIN", "东江", line=3)                         # 东江镇 (金城江区), bare name of a township
p.ent("ADMIN", "环江", line=3, after="可使")           # 环江到河池城区
p.ent("ADMIN", "河池", line=3, after="环江到")
p.ent("ADMIN", "环江", line=3, after="连接")
p.ent("ADMIN", "金城江", line=3)
p.ent("ORG", "县庆办", line=3)                         # the county's anniversary office, acting (介绍)
p.ent("ADMIN", "环江", line=3, after="98%和97%。")     # 环江精心选定
p.ent("ADMIN", "环江", line=3, after="包括")           # 环江三桥 (a bridge: unit inside)
p.ent("ORG", "环江高中", line=3)                       # a school (§2 ORG)
#   自治区十分关心: level word, no span
p.ent("ADMIN", "环江", line=3, after="十分关心")       # 环江30周年县庆

# ---- line 4
p.ent("ADMIN", "环江", line=4)
p.ent("ORG", "县庆重大项目建设指挥部", line=4)          # a named command body set up here
p.slogan("COUNT", "五个一", line=4)
items = ["一个项目", "一名领导", "一个班子", "一套方案", "一抓到底"]   # printed before the formula
lo, hi = p.line_bounds[3]
pos, pairs = lo, []
for it in items:
    st, en = p.find_all(it, pos, hi)[0]
    pairs.append([st, en]); pos = en
p.slogans[-1]["expansion"] = pairs
#   自治区扶持的项目: level word, no span

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
