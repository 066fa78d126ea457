import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# Publisher inferred (see seed_003_notes.md): a national 精神文明 page with 本报讯 items
# from Gansu, Sichuan, Jiangxi, Shaanxi, Anhui, Qinghai -> 精神文明报 (best inference).
p = Page("seed-003", "corpus/raw/003_0c6046d00884fe8b.txt", publisher="精神文明报",
         date=None, script="simplified")

if "--show" in sys.argv:
    p.show()
    sys.exit()

E = p.ent
# ---------------------------------------------------------------- article 1 (嘉峪关)
# l5 subhead
E("ORG", "甘肃嘉峪关市文明办", line=5)
# l7 byline
E("PERSON", "杜思源", line=7)
p.byline("BYLINE", "杜思源", line=7)
# l9
E("ORG", "市委", line=9)
E("ORG", "市政府", line=9)
E("ORG", "甘肃省嘉峪关市文明办", line=9)
E("PERSON", "习近平", line=9)
# l11 (+ l13: 市委老干\n\n部局)
E("ORG", "市委常委会", line=11)          # inside 市委常委会会议 (organ named in a meeting)
E("ORG", "市委老干部局")                  # spans the column break l11-l13
E("ORG", "市委组织部", line=11)
E("ORG", "市人大常委会机关", line=11)
E("ORG", "市政协机关", line=11)
E("ORG", "市纪委监委机关", line=11)
E("ORG", "市文明委", line=11, every=True)  # 市委、市文明委 ; 市文明委会议
E("ORG", "市文明办", line=11)
E("ORG", "市政府", line=11)               # 市政府各部门
E("ORG", "市委", line=11, every=True)     # 市委、市文明委 ; 市委各部门
E("PERSON", "习近平", line=11)
# l15
E("ADMIN", "嘉峪关市", line=15, every=True)  # 嘉峪关市坚持 ; two document titles
E("ORG", "市人社局", line=15)
# l17, l19
E("ADMIN", "嘉峪关市", line=17)
E("ORG", "酒钢宏兴公司碳钢薄板厂", line=19)
E("ORG", "嘉峪关公路事业发展中心高速公路养护所", line=19)
# l21
E("ADMIN", "嘉峪关市", line=21)
E("ORG", "市消防救援支队", line=21)
E("ORG", "市运管局", line=21)
E("ORG", "市五幼", line=21)
# 阳光志愿服务队: a brand activity of 市五幼 here, not an organisation (docs/annotation.md)
E("ORG", "市邮政局", line=21)
E("ORG", "市图书馆", line=21)
E("ORG", "祁连山水泥公司", line=21)
p.slogan("PLUS", "快递1+N", line=21)
p.slogan("PLUS", "党建+1225创新工程", line=21)
# l25
E("ORG", "市文旅局", line=25)
E("ADMIN", "利民社区", line=25)
# l27
E("ADMIN", "嘉峪关市", line=27, every=True)

# ---------------------------------------------------------------- article 2 (资中)
E("ORG", "四川资中县财政局", line=29)
p.byline("BYLINE", "本报讯(李倩)", line=31)
E("PERSON", "李倩", line=31)
E("ADMIN", "四川省", line=31)
E("ADMIN", "资中县", line=31)
E("ORG", "县财政局", line=31)
E("ORG", "资中县财政局", line=33)       # inside a document title: organisation stays ORG
E("ADMIN", "中华人民共和国", line=37, every=True)  # three law titles (decision 2)

# ---------------------------------------------------------------- article 3 (photo, 遂川)
E("ADMIN", "江西省", line=41)
E("ADMIN", "遂川县", line=41)
E("ADMIN", "中石乡", line=41)
E("ADMIN", "密岭村", line=41)
E("PERSON", "李建平", line=41)
p.byline("PHOTO", "李建平 摄", line=41)

# ---------------------------------------------------------------- article 4 (太白)
E("ADMIN", "陕西", line=43)
E("ADMIN", "太白", line=43)
p.slogan("PARALLEL", "四抓四每", line=43,
         expansion=["抓学习,提认识", "抓落实,强推进", "抓活动,树品牌", "抓督导,全覆盖",
                    "每月有调度", "有活动", "有评比", "有检查"])
p.byline("BYLINE", "钟钊 冯阳阳", line=45)
E("PERSON", "钟钊", line=45)
E("PERSON", "冯阳阳", line=45)
E("ORG", "陕西省太白县新时代文明实践中心", line=47)
p.slogan("PARALLEL", "四抓四每", line=47)
E("ADMIN", "黄柏塬镇", line=51)
E("PERSON", "杨迎春", line=51)
E("ADMIN", "太白县", line=53)
E("ORG", "中央", line=53)                 # 学习中央、省、市要求 (= 中央要求)
E("ADMIN", "王家陵镇", line=59)
E("ADMIN", "中明村", line=59)
E("PERSON", "王万林", line=59)
E("ORG", "太白县新时代文明实践中心", line=61)
E("ADMIN", "靖口镇", line=65)
E("ADMIN", "凉水泉村", line=65)
E("ADMIN", "太白县", line=67)
p.slogan("GROUP", "八步工作法", line=67)
E("ORG", "太白县新时代文明实践指导中心办公室", line=73)
E("ADMIN", "太白县", line=75)

# ---------------------------------------------------------------- article 5 (银塘镇)
E("ADMIN", "安徽", line=77)
E("ADMIN", "马鞍山市", line=77)
E("ADMIN", "银塘镇", line=77)
p.byline("BYLINE", "刘挺", line=79)
E("PERSON", "刘挺", line=79)
E("ADMIN", "安徽省", line=81)
E("ADMIN", "马鞍山市", line=81)
E("ADMIN", "经开区", line=81)
E("ADMIN", "银塘镇", line=81)
E("ORG", "卸巷社区党委", line=83)
E("PERSON", "吴振印", line=83)
E("ADMIN", "卸巷社区", line=83, every=True)
E("ADMIN", "银塘镇", line=83)
E("ADMIN", "章塘村", line=85)
E("ADMIN", "银塘镇", line=85, every=True)
E("ORG", "银塘社区党委", line=87)
E("PERSON", "王明", line=87)
E("ADMIN", "银塘社区", line=87)
E("ADMIN", "银塘镇", line=87)

# ---------------------------------------------------------------- article 6 (为民社区)
E("ADMIN", "青海", line=89)
E("ADMIN", "西宁市", line=89)
E("ADMIN", "为民社区", line=89)
p.byline("BYLINE", "本报讯(马萍)", line=91)
E("PERSON", "马萍", line=91)
for u in ("青海省", "西宁市", "城东区", "周家泉街道", "为民社区"):
    E("ADMIN", u, line=91)
E("ORG", "社区党委", line=93)              # 为民社区's party committee (decision 5)
E("PERSON", "陈鹤勇", line=93, every=True)
E("PERSON", "习近平", line=93)             # in the book title 《习近平走进百姓家》
E("ADMIN", "宁夏", line=93)
E("ADMIN", "银川市", line=93)
E("ADMIN", "永宁县", line=93)
E("ADMIN", "闽宁镇", line=93)
E("PERSON", "谢兴昌", line=93, every=True)
E("ADMIN", "为民社区", line=95)

# ---------------------------------------------------------------- article 7 (牛牯山小学校)
E("ORG", "四川内江市东兴区牛牯山小学校", line=97)
p.byline("BYLINE", "本报讯(黄鑫懿)", line=99)
E("PERSON", "黄鑫懿", line=99)
E("ORG", "四川省内江市东兴区牛牯山小学校", line=99)
E("PERSON", "陈小萍", line=101)
E("ORG", "牛牯山小学校", line=103)

# ---------------------------------------------------------------- blocks
B = p.block
B(3, 3, "HEADLINE", article=1)
B(5, 5, "SUBHEAD", article=1)
B(7, 7, "BYLINE", article=1)
B(9, 27, "BODY", article=1)
B(29, 29, "HEADLINE", article=2)
B(31, 37, "BODY", article=2)
B(41, 41, "CAPTION", article=3)
B(43, 43, "HEADLINE", article=4)
B(45, 45, "BYLINE", article=4)
B(47, 47, "BODY", article=4)
for ch, (b0, b1) in zip((49, 55, 63, 71), ((51, 53), (57, 61), (65, 69), (73, 75))):
    B(ch, ch, "CROSSHEAD", article=4)
    B(b0, b1, "BODY", article=4)
B(77, 77, "HEADLINE", article=5)
B(79, 79, "BYLINE", article=5)
B(81, 87, "BODY", article=5)
B(89, 89, "HEADLINE", article=6)
B(91, 95, "BODY", article=6)
B(97, 97, "HEADLINE", article=7)
B(99, 103, "BODY", article=7)

p.save()
