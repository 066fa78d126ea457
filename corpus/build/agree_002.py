import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-002", "corpus/raw/002_10cad8e984222598.txt",
         publisher="安阳日报", date=None, script="simplified")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---------------------------------------------------------------- ORG (longer first)
p.ent("ORG", "文峰区委第三巡察组", every=True)          # l.107, l.109
p.ent("ORG", "区委第三巡察组", every=True)               # l.101,105,109,113,117,123,129
p.ent("ORG", "文峰区委", line=47)                        # 文峰区委副书记
p.ent("ORG", "区委理论学习中心组", line=47)
p.ent("ORG", "文峰区西大街街道大寺前社区党总支", line=49)
p.ent("ORG", "社区党总支", line=59)                      # 育才西社区's Party branch
p.ent("ORG", "街道执法中队", line=75)                    # 该街道执法中队 -> deictic outside
p.ent("ORG", "文峰区人社局仲裁院", line=79)
p.ent("ORG", "区人社局仲裁院", every=True)               # l.77, l.81
p.ent("ORG", "区市场监督管理局", line=97)
p.ent("ORG", "文峰执法大队", line=97)
p.ent("ORG", "区交通运输局", every=True)                 # l.107,109x2,119
p.ent("ORG", "村委会", line=109)                         # 张村's village committee

# ---------------------------------------------------------------- ADMIN
p.ent("ADMIN", "紫薇大道街道", line=15)
p.ent("ADMIN", "文峰区", every=True)
p.ent("ADMIN", "高新区", every=True)
p.ent("ADMIN", "河南省", every=True)                     # l.49 (doc title), l.59 (event name)
p.ent("ADMIN", "河南", every=True)                       # l.49 现代化河南 x2
p.ent("ADMIN", "育才西社区", every=True)                 # l.55, l.59
p.ent("ADMIN", "光华路街道", every=True)                 # l.65, 67, 91
p.ent("ADMIN", "兴泰苑社区", line=91)
p.ent("ADMIN", "宝莲寺镇", line=107)
p.ent("ADMIN", "张村", every=True)                       # l.107, l.127

# ---------------------------------------------------------------- PERSON
p.ent("PERSON", "周俊英", every=True)
p.ent("PERSON", "张梦珂")
p.ent("PERSON", "刘学平")
p.ent("PERSON", "曲存香", every=True)
p.ent("PERSON", "刘斐", every=True)
p.ent("PERSON", "郝爱军", every=True)
p.ent("PERSON", "李晓敏")
p.ent("PERSON", "刘志路")
p.ent("PERSON", "郭俊良")
p.ent("PERSON", "杜河芳")
p.ent("PERSON", "周光辉", every=True)
p.ent("PERSON", "薛金丰")

# ---------------------------------------------------------------- slogans
p.slogan("PARALLEL", "一编三定")
p.slogan("PARALLEL", "三堆五乱")
p.slogan("COUNT", "两个大局")
p.slogan("PARALLEL", "一退两抗", expansion=["退烧药", "抗生素药", "抗病毒药"])

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "□本报记者 周俊英 通讯员 张梦珂")
p.byline("BYLINE", "本报讯(记者 周俊英)", every=True)   # l.47, 67, 79
p.byline("BYLINE", "本报讯(记者 刘斐)")
p.byline("PHOTO", "(本报记者 刘斐 摄)")
p.byline("PHOTO", "(李晓敏 摄)")
p.byline("BYLINE", "□本报记者 刘斐 通讯员 刘志路 郭俊良")
p.byline("PHOTO", "(资料图)")

# ---------------------------------------------------------------- blocks
# article 1: 践行为民初心 厚植为民情怀
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "SUBHEAD", article=1)
p.block(9, 9, "BYLINE", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 23, "BODY", article=1)
p.block(25, 25, "CROSSHEAD", article=1)
p.block(27, 39, "BODY", article=1)
# section banner over the 党代会 articles
p.block(41, 43, "COLUMN", article=None)
# article 2
p.block(45, 45, "HEADLINE", article=2)
p.block(47, 53, "BODY", article=2)
# article 3
p.block(55, 55, "HEADLINE", article=3)
p.block(57, 63, "BODY", article=3)
# article 4
p.block(65, 65, "HEADLINE", article=4)
p.block(67, 75, "BODY", article=4)
# article 5
p.block(77, 77, "HEADLINE", article=5)
p.block(79, 87, "BODY", article=5)
# article 6: stand-alone photo (兴泰苑社区)
p.block(91, 91, "CAPTION", article=6)
p.block(95, 95, "COLUMN", article=None)
# article 7: stand-alone photo (区市场监督管理局)
p.block(97, 97, "CAPTION", article=7)
# article 8: 民生无小事 枝叶总关情
p.block(99, 99, "HEADLINE", article=8)
p.block(101, 101, "SUBHEAD", article=8)
p.block(103, 103, "BYLINE", article=8)
p.block(105, 109, "BODY", article=8)
p.block(113, 113, "CAPTION", article=8)
p.block(115, 131, "BODY", article=8)
# page furniture at the end
p.block(133, 133, "PAGE", article=None)
p.block(134, 134, "COLUMN", article=None)

p.save()
