import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# Publisher: inferred (no masthead on the page). A page of district news on
# 文峰区(高新区) of 安阳市, 河南 (本报记者 bylines, bare 区委/区人社局/全区 deixis,
# 河南省第十一次党代会): best inference 安阳日报 (see notes).
p = Page("seed-002", "corpus/raw/002_10cad8e984222598.txt",
         publisher="安阳日报", date=None, script="simplified")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---------------------------------------------------------------- ORG (longer first)
p.ent("ORG", "文峰区西大街街道大寺前社区党总支", line=49)
p.ent("ORG", "文峰区委第三巡察组", every=True)          # l.107, l.109
p.ent("ORG", "区委第三巡察组", every=True)              # l.101,105,109,113,117,123,129
p.ent("ORG", "区委理论学习中心组", line=47)
p.ent("ORG", "文峰区委", line=47)
p.ent("ORG", "文峰区人社局仲裁院", line=79)
p.ent("ORG", "区人社局仲裁院", every=True)              # l.77, l.81
p.ent("ORG", "区交通运输局", every=True)                # l.107, 109 x2, 119
p.ent("ORG", "社区党总支", line=59)                     # 育才西社区's Party branch (decision 5)
p.ent("ORG", "街道执法中队", line=75)                   # 该街道执法中队 (decision 4)
p.ent("ORG", "区市场监督管理局", line=97)
p.ent("ORG", "文峰执法大队", line=97)
p.ent("ORG", "村委会", line=109)                        # 张村's village committee (decision 5)

# ---------------------------------------------------------------- ADMIN
p.ent("ADMIN", "文峰区", every=True)
p.ent("ADMIN", "高新区", every=True)
p.ent("ADMIN", "紫薇大道街道", line=15)
p.ent("ADMIN", "河南省", every=True)                    # l.49 《…》 title, l.59 event name
p.ent("ADMIN", "河南", every=True, line=49)             # 现代化河南 x2
p.ent("ADMIN", "育才西社区", every=True)                # l.55, l.59
p.ent("ADMIN", "光华路街道", every=True)                # l.65, 67, 91
p.ent("ADMIN", "兴泰苑社区", line=91)
p.ent("ADMIN", "宝莲寺镇", line=107)
p.ent("ADMIN", "张村", every=True)                      # l.107, l.127

# ---------------------------------------------------------------- PERSON
for name in ["周俊英", "张梦珂", "刘学平", "曲存香", "刘斐", "郝爱军", "李晓敏",
             "刘志路", "郭俊良", "杜河芳", "周光辉", "薛金丰"]:
    p.ent("PERSON", name, every=True)

# ---------------------------------------------------------------- slogans
p.slogan("PARALLEL", "一编三定", line=37)
p.slogan("PARALLEL", "三堆五乱", line=37)
p.slogan("COUNT", "两个大局", line=49)
p.slogan("PARALLEL", "一退两抗", line=97, expansion=["退烧药", "抗生素药", "抗病毒药"])

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "□本报记者 周俊英 通讯员 张梦珂", line=9)
p.byline("BYLINE", "本报讯(记者 周俊英)", line=47)
p.byline("BYLINE", "本报讯(记者 刘斐)", line=57)
p.byline("BYLINE", "本报讯(记者 周俊英)", line=67)
p.byline("BYLINE", "本报讯(记者 周俊英)", line=79)
p.byline("PHOTO", "(本报记者 刘斐 摄)", line=91)
p.byline("PHOTO", "(李晓敏 摄)", line=97)
p.byline("BYLINE", "□本报记者 刘斐 通讯员 刘志路 郭俊良", line=103)
p.byline("PHOTO", "(资料图)", line=113)

# ---------------------------------------------------------------- blocks
# article 1: 践行为民初心 厚植为民情怀 (纪实)
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "SUBHEAD", article=1)
p.block(9, 9, "BYLINE", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 23, "BODY", article=1)
p.block(25, 25, "CROSSHEAD", article=1)
p.block(27, 39, "BODY", article=1)
# column banner: 奋勇争先 更加出彩 / 学习贯彻省、市党代会精神
p.block(41, 43, "COLUMN", article=None)
# article 2: 文峰区(高新区) 学习贯彻党代会精神
p.block(45, 45, "HEADLINE", article=2)
p.block(47, 53, "BODY", article=2)
# article 3: 育才西社区
p.block(55, 55, "HEADLINE", article=3)
p.block(57, 63, "BODY", article=3)
# article 4: 光华路街道 大气污染防治
p.block(65, 65, "HEADLINE", article=4)
p.block(67, 75, "BODY", article=4)
# article 5: 区人社局仲裁院
p.block(77, 77, "HEADLINE", article=5)
p.block(79, 87, "BODY", article=5)
# article 6: stand-alone photo (兴泰苑社区 疫情防控宣传)
p.block(91, 91, "CAPTION", article=6)
p.block(95, 95, "COLUMN", article=None)     # 图说新闻
# article 7: stand-alone photo news (区市场监督管理局 检查)
p.block(97, 97, "CAPTION", article=7)
# article 8: 民生无小事 枝叶总关情 (区委第三巡察组工作侧记)
p.block(99, 99, "HEADLINE", article=8)
p.block(101, 101, "SUBHEAD", article=8)
p.block(103, 103, "BYLINE", article=8)
p.block(105, 109, "BODY", article=8)
p.block(113, 113, "CAPTION", article=8)
p.block(115, 131, "BODY", article=8)
# column banner at page end: 开新局 出新彩 / 记者基层行
p.block(133, 134, "COLUMN", article=None)

p.save()
