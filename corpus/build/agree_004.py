import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-004", "corpus/raw/004_da47a04b2637a469.txt", publisher="精神文明报",
         date=None, script="simplified")

if "--show" in sys.argv:
    p.show()
    sys.exit()

L = lambda n: p.line_bounds[n - 1][0]   # start offset of 1-based line n

# ====================================================================== ORG
# article 1 (广州)
p.ent("ORG", "市生态环境保护委员会")
# article 2 (阳城)
p.ent("ORG", "阳城县创建全国文明城市指挥部")
p.ent("ORG", "县创建全国文明城市指挥部党建工作组")
p.ent("ORG", "阳城县行政审批局")
p.ent("ORG", "县人社局社会保险中心")
p.ent("ORG", "县公安局凤城派出所")
p.ent("ORG", "町店派出所")
p.ent("ORG", "公安部")
p.ent("ORG", "共青团中央")
p.ent("ORG", "阳城县委")
p.ent("ORG", "县民政局")
# article 3 (砚山)
p.ent("ORG", "砚山县志愿服务总队")
# article 4 (当阳)
p.ent("ORG", "“当阳红”志愿服务总队")
# article 5 (青县)
p.ent("ORG", "县委党校", after="青县整合")

# ====================================================================== PERSON
p.ent("PERSON", "习近平")
p.ent("PERSON", "王有德")
p.ent("PERSON", "付治钦")
p.ent("PERSON", "孙璨")
p.ent("PERSON", "童话")
p.ent("PERSON", "董辉")
p.ent("PERSON", "王桂文")

# ====================================================================== ADMIN
p.ent("ADMIN", "广州市", every=True)               # l.7, l.44
p.ent("ADMIN", "广东")                             # 绿化广东大行动 (campaign, dec. 2)
p.ent("ADMIN", "山西省", every=True)               # l.46, l.182
p.ent("ADMIN", "晋城市")
p.ent("ADMIN", "阳城县", every=True)               # l.46, 57, 84, 123, 182
p.ent("ADMIN", "阳城", every=True)                 # 书香阳城 x3, 推动阳城, 阳城大调研, 阳城文明城市, 阳城好人 x2
p.ent("ADMIN", "鸣凤社区")
p.ent("ADMIN", "町店")                             # “町店战斗” (event, dec. 2)
p.ent("ADMIN", "云南省")
p.ent("ADMIN", "文山壮族苗族自治州")
p.ent("ADMIN", "砚山县", every=True)               # l.187, 207, 223, 239, 341
p.ent("ADMIN", "阿猛")                             # 阿猛会址 (site, dec. 2)
p.ent("ADMIN", "砚山", every=True)                 # 砚山烈士陵园, 云南砚山
p.ent("ADMIN", "云南")                             # 云南砚山 l.349
p.ent("ADMIN", "湖北省")
p.ent("ADMIN", "当阳市", every=True)               # l.265-266, l.275
p.ent("ADMIN", "河北省")
p.ent("ADMIN", "河北")                             # 河北青县： l.315
p.ent("ADMIN", "青县", every=True)                 # l.315, 321, 322, 327, 335
p.ent("ADMIN", "木门店镇")
p.ent("ADMIN", "后董景村", every=True)

# ====================================================================== slogans
# article 1
p.slogan("COUNT", "四个出新出彩")
p.slogan("GROUP", "碳达峰十大行动")
# article 2
p.slogan("PARALLEL", "四聚四抓一拓展", expansion=[
    "聚焦硬件设施抓突破", "聚焦环境秩序抓治理", "聚焦窗口服务抓提升",
    "聚焦创建底线抓平安", "拓展文明实践“三个+”"])
p.slogan("PARALLEL", "两环、六射、四横、四纵")
p.slogan("GROUP", "六乱")
p.slogan("ONE", "一本制")
p.slogan("GROUP", "五办", expansion=[
    "参保核定网上办", "转移接续线上办", "基层业务专人办", "待遇计算打包办", "生存认证无形办"])
p.slogan("PARALLEL", "一书一函一报告")
p.slogan("GROUP", "三警融合")
p.slogan("COUNT", "三个+", expansion=["入脑+入心", "实践+实效", "评比+评选"])
# 六大文化名片: the six items are printed BEFORE the formula (l.147-149)
item = p.slogan("GROUP", "六大文化名片")[0]
pos, pairs = L(147), []
for e in ["太岳首府", "商汤首都", "香煤之海", "蚕桑之乡", "陶瓷名都", "书香阳城"]:
    st, en = p.find_all(e, pos, item["start"])[0]
    pairs.append([st, en]); pos = en
item["expansion"] = pairs
# article 3
p.slogan("GROUP", "八大行动")
# article 4
p.slogan("GROUP", "五社助老")
p.slogan("PLUS", "8+N")

# ====================================================================== bylines
p.byline("BYLINE", "本报讯（粤文）")
p.byline("BYLINE", "付治钦")
p.byline("BYLINE", "本报（孙璨 童话）")
p.byline("BYLINE", "本报讯（董辉）")

# ====================================================================== blocks
p.block(1, 1, "PAGE")                 # 全国精神文明建设
p.block(3, 3, "PAGE")                 # 新闻摄影比赛
p.block(5, 5, "PAGE")                 # date line
# article 1: 广州 (headline printed after the body)
p.block(7, 42, "BODY", article=1)
p.block(44, 44, "HEADLINE", article=1)
# article 2: 阳城 (headline deck printed after the body)
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
# article 3: 砚山 (headline 261, byline 262, lead 341-347, kicker 349)
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
# article 4: 当阳 (no headline on the page)
p.block(264, 313, "BODY", article=4)
# article 5: 青县
p.block(315, 315, "KICKER", article=5)
p.block(316, 317, "HEADLINE", article=5)
p.block(319, 340, "BODY", article=5)
# article 3 again: lead paragraph and kicker printed at the page end
p.block(341, 347, "BODY", article=3)
p.block(349, 349, "KICKER", article=3)

p.save()
