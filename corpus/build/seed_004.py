import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 精神文明报, 2022-07-20 (星期三): multi-article page on 文明创建 / 新时代文明实践.
p = Page("seed-004", "corpus/raw/004_da47a04b2637a469.txt", publisher="精神文明报",
         date="2022-07-20", script="simplified")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ======================================================================= spans
# --- article 1: 广州 (lines 7-44) --------------------------------------------
p.ent("ADMIN", "广州市", line=7)
p.ent("ORG", "市生态环境保护委员会", line=8)          # org inside a meeting name (dec. 2)
p.ent("PERSON", "习近平", line=13)                   # 习近平生态文明思想
p.ent("ADMIN", "广东", line=38)                      # 绿化广东大行动 (campaign, dec. 2)
p.ent("ADMIN", "广州市", line=44)                    # headline

# --- article 2: 阳城 (lines 46-183) ------------------------------------------
p.ent("ADMIN", "山西省", line=46)
p.ent("ADMIN", "晋城市", line=46)
p.ent("ADMIN", "阳城县", line=46)
p.ent("ADMIN", "阳城县", line=57)
p.ent("ORG", "阳城县创建全国文明城市指挥部", line=84)
p.ent("ORG", "县创建全国文明城市指挥部党建工作组", after="可停放非")
p.ent("ADMIN", "鸣凤社区", line=99)
p.ent("ORG", "阳城县行政审批局", line=111)
p.ent("ORG", "县人社局社会保险中心", after=p.line_bounds[112][0])
p.ent("ADMIN", "阳城县", line=123)
p.ent("ORG", "县公安局凤城派出所", after=p.line_bounds[127][0])
p.ent("ORG", "町店派出所", line=134)
p.ent("ADMIN", "町店", after="町店派出所传承")        # “町店战斗”精神 (event, dec. 2)
p.ent("ORG", "公安部", line=140)
p.ent("ORG", "共青团中央", after=p.line_bounds[139][0])
p.ent("ADMIN", "阳城", after="陶瓷名都")             # “书香阳城” (brand/name card)
p.ent("ORG", "阳城县委", after=p.line_bounds[148][0])
p.ent("ADMIN", "阳城", line=150)                     # “书香阳城”全民阅读工作会
p.ent("ADMIN", "阳城", line=151)                     # “书香阳城”建设
p.ent("ADMIN", "阳城", after="全方位推动")           # 阳\n城高质量发展
p.ent("ADMIN", "阳城", line=158)                     # “阳城大调研”
p.ent("ADMIN", "阳城", line=162)                     # 阳城文明城市创建
p.ent("ORG", "县民政局", line=163)
p.ent("ADMIN", "阳城", line=171)                     # “阳城好人”
p.ent("ADMIN", "阳城", line=175)                     # “阳城好人”
p.ent("ADMIN", "山西省", line=182)
p.ent("ADMIN", "阳城县", line=182)

# --- article 3: 砚山 (lines 184-262, 341-349) --------------------------------
p.ent("ADMIN", "砚山县", line=187)
p.ent("ADMIN", "砚山县", line=207)
p.ent("ORG", "砚山县志愿服务总队", after="79.53万小时。")
p.ent("ADMIN", "砚山县", line=223)
p.ent("PERSON", "王有德", line=224)                  # 王有德故居 (person inside a site name)
p.ent("ADMIN", "阿猛", line=224)                     # 阿猛会址 (site, dec. 2)
p.ent("ADMIN", "砚山", line=225)                     # 砚山烈士陵园 (dec. 2 example)
p.ent("ADMIN", "砚山县", line=239)
p.ent("PERSON", "付治钦", line=262)
p.ent("ADMIN", "云南省", line=341)
p.ent("ADMIN", "文山壮族苗族自治州", line=341)
p.ent("ADMIN", "砚山县", line=341)
p.ent("ADMIN", "云南", line=349)
p.ent("ADMIN", "砚山", line=349)

# --- article 4: 当阳 (lines 264-313) -----------------------------------------
p.ent("PERSON", "孙璨", line=264)
p.ent("PERSON", "童话", line=264)
p.ent("ADMIN", "湖北省", line=265)
p.ent("ADMIN", "当阳市", after="湖北省")             # 当阳\n市 (inside an event name)
p.ent("ADMIN", "当阳市", line=275)
p.ent("ADMIN", "当阳市", line=292)
p.ent("ORG", "“当阳红”志愿服务总队", after="构建了")  # named volunteer corps, quotes inside the name

# --- article 5: 青县 (lines 315-340) -----------------------------------------
p.ent("ADMIN", "河北", line=315)
p.ent("ADMIN", "青县", line=315)
p.ent("PERSON", "董辉", line=319)
p.ent("ADMIN", "河北省", after="真好！”")
p.ent("ADMIN", "青县", line=321)
p.ent("ADMIN", "木门店镇", line=321)
p.ent("ADMIN", "后董景村", line=321)
p.ent("PERSON", "王桂文", after="后董景村村民")
p.ent("ADMIN", "青县", line=322)
p.ent("ADMIN", "后董景村", line=323)
p.ent("ADMIN", "青县", line=327)
p.ent("ORG", "县委党校", after="青县整合")
p.ent("ADMIN", "青县", line=335)

# ===================================================================== slogans
p.slogan("COUNT", "四个出新出彩", line=18)
p.slogan("GROUP", "碳达峰十大行动", line=21)
# 四聚四抓一拓展: the five items are the article's five ◆ crossheads (lines 55-144)
p.slogan("PARALLEL", "四聚四抓一拓展", line=51,
         expansion=["聚焦硬件设施抓突破", "聚焦环境秩序抓治理", "聚焦窗口服务抓提升",
                    "聚焦创建底线抓平安", "拓展文明实践“三个+”"])
p.slogan("PARALLEL", "两环、六射、四横、四纵", line=68)
p.slogan("GROUP", "六乱", line=102)
p.slogan("ONE", "一本制", line=112)
p.slogan("GROUP", "五办", line=115,
         expansion=["参保核定网上办", "转移接续线上办", "基层业务专人办", "待遇计算打包办",
                    "生存认证无形办"])
p.slogan("PARALLEL", "一书一函一报告", line=132)
p.slogan("GROUP", "三警融合", line=137)
p.slogan("COUNT", "三个+", line=144, expansion=["入脑+入心", "实践+实效", "评比+评选"])
# 六大文化名片: the six items are printed BEFORE the formula (lines 147-149);
# offsets computed by code from the list that follows 持续擦亮.
(six,) = p.slogan("GROUP", "六大文化名片", line=149)
pos, pairs = p.find_all("持续擦亮")[0][1], []
for item in ["太岳首府", "商汤首都", "香煤之海", "蚕桑之乡", "陶瓷名都", "书香阳城"]:
    st, en = p.find_all(item, pos, six["start"])[0]
    pairs.append([st, en])
    pos = en
six["expansion"] = pairs
p.slogan("GROUP", "八大行动", line=250)              # only 2 of 8 items named (…等): no expansion
p.slogan("GROUP", "五社助老", line=268)
p.slogan("PLUS", "8+N", line=303)

# ===================================================================== bylines
p.byline("BYLINE", "本报讯（粤文）", line=7)
p.byline("BYLINE", "付治钦", line=262)
p.byline("BYLINE", "本报（孙璨 童话）", line=264)
p.byline("BYLINE", "本报讯（董辉）", line=319)

# ====================================================================== blocks
p.block(1, 3, "PAGE")            # banner: 全国精神文明建设 / 新闻摄影比赛 (2 blocks)
p.block(5, 5, "PAGE")            # date line
# article 1: 广州
p.block(7, 42, "BODY", article=1)
p.block(44, 44, "HEADLINE", article=1)
# article 2: 阳城
p.block(46, 53, "BODY", article=2)
p.block(55, 55, "CROSSHEAD", article=2)
p.block(57, 80, "BODY", article=2)
p.block(82, 82, "CROSSHEAD", article=2)
p.block(84, 103, "BODY", article=2)
p.block(105, 105, "CROSSHEAD", article=2)
p.block(107, 119, "BODY", article=2)
p.block(121, 121, "CROSSHEAD", article=2)
p.block(123, 142, "BODY", article=2)
p.block(144, 144, "CROSSHEAD", article=2)
p.block(146, 180, "BODY", article=2)
p.block(182, 182, "KICKER", article=2)
p.block(183, 183, "HEADLINE", article=2)
# article 3: 砚山 (crossheads + body here, headline 261, byline 262, lead 341-347, kicker 349)
p.block(184, 185, "CROSSHEAD", article=3)
p.block(187, 200, "BODY", article=3)
p.block(202, 203, "CROSSHEAD", article=3)
p.block(205, 218, "BODY", article=3)
p.block(220, 221, "CROSSHEAD", article=3)
p.block(223, 242, "BODY", article=3)
p.block(244, 245, "CROSSHEAD", article=3)
p.block(247, 259, "BODY", article=3)
p.block(261, 261, "HEADLINE", article=3)
p.block(262, 262, "BYLINE", article=3)
# article 4: 当阳 (its headline is not on the page)
p.block(264, 313, "BODY", article=4)
# article 5: 青县
p.block(315, 317, "HEADLINE", article=5)
p.block(319, 340, "BODY", article=5)
# article 3 again: lead paragraph and kicker printed at the page end
p.block(341, 347, "BODY", article=3)
p.block(349, 349, "KICKER", article=3)

p.save()
