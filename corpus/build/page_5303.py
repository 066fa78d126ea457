"""page-5303: 东营日报 (东营网 news.dongyingnews.cn, 东营日报社), 2019-12-19, one article:
山东公示首批乡村振兴示范县、乡、村名单 东营这4个镇上榜. Text as returned by the `pages` store,
from its title; the footer's last paragraph (① 凡本网注明…) was cut mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5303", "corpus/raw/pages/5303_dongying_xiangcun_shifan.txt",
         publisher="东营日报", date="2019-12-19", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "山东", line=1)
p.ent("ADMIN", "东营", line=1)                      # 东营这4个镇: the city by its bare name

# ---- line 3: first paragraph
p.ent("ORG", "省发改委", line=3)
p.ent("ADMIN", "山东省", line=3)                     # 《山东省乡村振兴战略规划(2018—2022年)》 (decision 2)
#   乡村振兴齐鲁样板: 齐鲁 is an epithet for the province, no span (like 关中, 太行)
p.ent("ORG", "省发展改革委", line=3, every=True)     # twice
#   省直11部门: a count of departments, no body named
p.slogan("PARALLEL", "十百千",
         expansion=["10个县(市、区)", "100个乡(镇、街)", "1000个村(社区)"])
#   “当年创建、次年认定”: no numeral, no formula
p.ent("ADMIN", "山东省", line=3)                     # 首批山东省乡村振兴示范县 (a title's unit, decision 2)

# ---- line 5: the list (我市: deictic, no span)
p.ent("ADMIN", "山东省", line=5, every=True)         # 认定山东省…示范乡 / 示范村
for county in ["广饶县", "利津县", "东营区", "垦利区"]:
    p.ent("ADMIN", county, line=5, every=True)        # each twice
p.ent("ADMIN", "河口区", line=5)
for town in ["大王镇", "北宋镇", "龙居镇", "董集镇"]:
    p.ent("ADMIN", town, line=5, every=True)          # each twice
for town in ["史口镇", "义和镇", "永安镇", "大码头镇", "稻庄镇", "汀罗镇"]:
    p.ent("ADMIN", town, line=5)
villages = [
    "油郭村", "林家村", "大宋村", "劳家村", "徐家村",
    "朱家村", "南李村", "大张村", "小张村",
    "宝一村", "五一村", "大牟村", "六顷村", "薄家村",      # 五一村: a village's name, no formula
    "胜利村", "二十八村", "二十师村",
    "罗盖村", "前许村", "北范村", "杨庙村", "后许村",
    "刘集后村", "吴家村", "西李村", "鞠家村", "南陈官村", "王西村",
    "小刘桥村", "石碑村", "房家村", "蒋官村",
    "淄河店村", "鞠刘村", "高湾村", "东杜村",
    "南贾村", "高家村", "佟家村", "后宫村",
    "前关村", "前崔村", "陈家屋子村", "前毕村", "东新华村",
]
for v in villages:
    p.ent("ADMIN", v, line=5)

# ---- line 7: closing reporter credit (its own line after the body: CREDIT in the BODY block)
p.byline("CREDIT", "(记者 张振)")
p.ent("PERSON", "张振", line=7)

# ---- line 9: editor line (PAGE, name still PERSON)
p.ent("PERSON", "刘楠楠", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "PAGE")            # 责任编辑:
p.block(11, 11, "PAGE")          # 版权与免责声明 (site furniture)

p.save()
