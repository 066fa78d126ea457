import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page
p = Page("agree-003", "corpus/raw/003_0c6046d00884fe8b.txt", publisher="精神文明报", date=None, script="simplified")

# ---------------- article 1: 嘉峪关 文明单位创建 (lines 3-27)
p.ent("ORG", "甘肃嘉峪关市文明办", line=5)
p.byline("BYLINE", "杜思源", line=7)
p.ent("PERSON", "杜思源", line=7)
p.ent("ORG", "市委", line=9)
p.ent("ORG", "市政府", line=9)
p.ent("ORG", "甘肃省嘉峪关市文明办", line=9)
p.ent("PERSON", "习近平", line=9)
# line 11-13
p.ent("ORG", "市委", line=11)                 # 市委、市文明委
p.ent("ORG", "市文明委", line=11)
p.ent("PERSON", "习近平", line=11)
p.ent("ORG", "市委常委会", line=11)           # 市委常委会会议 -> organ inside meeting
p.ent("ORG", "市文明委", line=11)             # 市文明委会议
p.ent("ORG", "市委", line=11, after="都对文明单位创建工作专门部署")  # 市委各部门
p.ent("ORG", "市人大常委会机关", line=11)
p.ent("ORG", "市政府", line=11)               # 市政府各部门
p.ent("ORG", "市政协机关", line=11)
p.ent("ORG", "市纪委监委机关", line=11)
p.ent("ORG", "市委组织部", line=11)
p.ent("ORG", "市文明办", line=11)
p.ent("ORG", "市委老干部局")                  # broken across the column break (lines 11/13)
# line 15
p.ent("ADMIN", "嘉峪关市", line=15, every=True)   # 3: subject + two document titles
p.ent("ORG", "市人社局", line=15)
# line 17
p.ent("ADMIN", "嘉峪关市", line=17)
# line 19
p.ent("ORG", "酒钢宏兴公司碳钢薄板厂", line=19)
p.ent("ORG", "嘉峪关公路事业发展中心高速公路养护所", line=19)
# line 21
p.ent("ADMIN", "嘉峪关市", line=21)
p.ent("ORG", "市消防救援支队", line=21)
p.ent("ORG", "市运管局", line=21)
p.ent("ORG", "市五幼", line=21)
p.ent("ORG", "阳光志愿服务队", line=21)
p.ent("ORG", "市邮政局", line=21)
p.ent("ORG", "市图书馆", line=21)
p.ent("ORG", "祁连山水泥公司", line=21)
p.slogan("PLUS", "快递1+N", line=21)
p.slogan("PLUS", "党建+1225创新工程", line=21)
# line 25
p.ent("ORG", "市文旅局", line=25)
p.ent("ADMIN", "利民社区", line=25)
# line 27
p.ent("ADMIN", "嘉峪关市", line=27, every=True)   # 2

# ---------------- article 2: 资中县财政局 (lines 29-37)
p.ent("ORG", "四川资中县财政局", line=29)
p.byline("BYLINE", "本报讯(李倩)", line=31)
p.ent("PERSON", "李倩", line=31)
p.ent("ADMIN", "四川省", line=31)
p.ent("ADMIN", "资中县", line=31)
p.ent("ORG", "县财政局", line=31)
p.ent("ORG", "资中县财政局", line=33)          # inside the work-plan title
p.ent("ADMIN", "中华人民共和国", line=37, every=True)  # 3 law titles

# ---------------- article 3: stand-alone photo (line 41)
p.ent("ADMIN", "江西省", line=41)
p.ent("ADMIN", "遂川县", line=41)
p.ent("ADMIN", "中石乡", line=41)
p.ent("ADMIN", "密岭村", line=41)
p.ent("PERSON", "李建平", line=41)
p.byline("PHOTO", "李建平 摄", line=41)

# ---------------- article 4: 陕西太白 四抓四每 (lines 43-75)
p.ent("ADMIN", "陕西", line=43)
p.ent("ADMIN", "太白", line=43)
p.slogan("PARALLEL", "四抓四每", line=43,
         expansion=["抓学习,提认识", "抓落实,强推进", "抓活动,树品牌", "抓督导,全覆盖",
                    "每月有调度", "有活动", "有评比", "有检查"],
         exp_after="聚力“四抓四每”即")
p.byline("BYLINE", "钟钊 冯阳阳", line=45)
p.ent("PERSON", "钟钊", line=45)
p.ent("PERSON", "冯阳阳", line=45)
p.ent("ORG", "陕西省太白县新时代文明实践中心", line=47)
p.slogan("PARALLEL", "四抓四每", line=47)
p.ent("ADMIN", "黄柏塬镇", line=51)
p.ent("PERSON", "杨迎春", line=51)
p.ent("ADMIN", "太白县", line=53)
p.ent("ORG", "中央", line=53)                  # 学习中央、省、市要求
p.ent("ADMIN", "王家陵镇", line=59)
p.ent("ADMIN", "中明村", line=59)
p.ent("PERSON", "王万林", line=59)
p.ent("ORG", "太白县新时代文明实践中心", line=61)
p.ent("ADMIN", "靖口镇", line=65)
p.ent("ADMIN", "凉水泉村", line=65)
p.ent("ADMIN", "太白县", line=67)
p.slogan("GROUP", "八步工作法", line=67)
p.ent("ORG", "太白县新时代文明实践指导中心办公室", line=73)
p.ent("ADMIN", "太白县", line=75)

# ---------------- article 5: 安徽马鞍山 银塘镇 (lines 77-87)
p.ent("ADMIN", "安徽", line=77)
p.ent("ADMIN", "马鞍山市", line=77)
p.ent("ADMIN", "银塘镇", line=77)
p.byline("BYLINE", "刘挺", line=79)
p.ent("PERSON", "刘挺", line=79)
p.ent("ADMIN", "安徽省", line=81)
p.ent("ADMIN", "马鞍山市", line=81)
p.ent("ADMIN", "经开区", line=81)
p.ent("ADMIN", "银塘镇", line=81)
p.ent("ORG", "卸巷社区党委", line=83)          # add longer span before 卸巷社区
p.ent("ADMIN", "银塘镇", line=83)
p.ent("ADMIN", "卸巷社区", line=83, every=True)  # 2 (plus the 党委 span above)
p.ent("PERSON", "吴振印", line=83)
p.ent("ADMIN", "银塘镇", line=85, every=True)   # 3
p.ent("ADMIN", "章塘村", line=85)
p.ent("ORG", "银塘社区党委", line=87)
p.ent("ADMIN", "银塘镇", line=87)
p.ent("ADMIN", "银塘社区", line=87)
p.ent("PERSON", "王明", line=87)

# ---------------- article 6: 西宁 为民社区 (lines 89-95)
p.ent("ADMIN", "青海", line=89)
p.ent("ADMIN", "西宁市", line=89)
p.ent("ADMIN", "为民社区", line=89)
p.byline("BYLINE", "本报讯(马萍)", line=91)
p.ent("PERSON", "马萍", line=91)
for s in ["青海省", "西宁市", "城东区", "周家泉街道", "为民社区"]:
    p.ent("ADMIN", s, line=91)
p.ent("ORG", "社区党委", line=93)              # 为民社区's party committee
p.ent("PERSON", "陈鹤勇", line=93, every=True)  # 2
p.ent("PERSON", "习近平", line=93)             # book title 《习近平走进百姓家》
for s in ["宁夏", "银川市", "永宁县", "闽宁镇"]:
    p.ent("ADMIN", s, line=93)
p.ent("PERSON", "谢兴昌", line=93, every=True)  # 2
p.ent("ADMIN", "为民社区", line=95)

# ---------------- article 7: 牛牯山小学校 (lines 97-103)
p.ent("ORG", "四川内江市东兴区牛牯山小学校", line=97)
p.byline("BYLINE", "本报讯(黄鑫懿)", line=99)
p.ent("PERSON", "黄鑫懿", line=99)
p.ent("ORG", "四川省内江市东兴区牛牯山小学校", line=99)
p.ent("PERSON", "陈小萍", line=101)
p.ent("ORG", "牛牯山小学校", line=103)

# ---------------- blocks
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "SUBHEAD", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 27, "BODY", article=1)
p.block(29, 29, "HEADLINE", article=2)
p.block(31, 37, "BODY", article=2)
p.block(41, 41, "CAPTION", article=3)
p.block(43, 43, "HEADLINE", article=4)
p.block(45, 45, "BYLINE", article=4)
p.block(47, 47, "BODY", article=4)
p.block(49, 49, "CROSSHEAD", article=4)
p.block(51, 53, "BODY", article=4)
p.block(55, 55, "CROSSHEAD", article=4)
p.block(57, 61, "BODY", article=4)
p.block(63, 63, "CROSSHEAD", article=4)
p.block(65, 69, "BODY", article=4)
p.block(71, 71, "CROSSHEAD", article=4)
p.block(73, 75, "BODY", article=4)
p.block(77, 77, "HEADLINE", article=5)
p.block(79, 79, "BYLINE", article=5)
p.block(81, 87, "BODY", article=5)
p.block(89, 89, "HEADLINE", article=6)
p.block(91, 95, "BODY", article=6)
p.block(97, 97, "HEADLINE", article=7)
p.block(99, 103, "BODY", article=7)

p.save()
