"""agree-page-5305: 南陵县人民政府 site, 县政府6月份政务动态 (June 2022 digest of government news),
one article: a title and seven dated △ items. Second-pass annotation (independent)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5305", "corpus/raw/pages/5305_nanling_zhengwu_dongtai.txt",
         publisher="南陵县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: title
p.ent("ORG", "县政府", line=1)

# ---- line 2: 6月1日 县政协常委会
p.ent("ORG", "县政协", line=2, nth=1)               # 县政协主席夏冰馨
p.ent("PERSON", "夏冰馨", line=2)
#   十一届二次常委会会议: the standing committee's meeting, bare 常委会 -> no span
for name in ["凌显华", "王健", "郑松淼", "刘晓波", "俞悦", "陈向阳"]:
    p.ent("PERSON", name, line=2)
p.ent("ORG", "市政协", line=2)                      # 住陵市政协委员: members of the city CPPCC living in 南陵 (陵: one char, no ADMIN)
p.ent("ORG", "县政协办", line=2)                    # the CPPCC's office, one ORG with its organ
#   相关专委会: generic, no span
p.ent("ORG", "县委", line=2)                        # 县委常委 -> ORG 县委 (contracted title)
p.ent("ORG", "弋江镇党委", line=2)                  # 弋江镇党委书记: ORG with its prefix (§2)
p.ent("PERSON", "陈娉婷", line=2)
p.ent("PERSON", "何军", line=2)                     # 副县长何军
#   县直有关单位、镇负责同志: generic, no span

# ---- line 3: 6月2日 稳经济促就业争资金工作会议
p.ent("PERSON", "强健", line=3)                     # 县长强健 (surname 强)
for name in ["袁学松", "梅菲", "奚志波", "陆明"]:
    p.ent("PERSON", name, line=3)

# ---- line 4: 县委书记 调研
p.ent("ORG", "县委", line=4)
p.ent("PERSON", "李新宇", line=4)
p.ent("ADMIN", "南陵", line=4)                      # “行走南陵” campaign name (decision 2)
#   城区水环境综合治理: "the urban area", no span
p.ent("PERSON", "陶海波", line=4)

# ---- line 5: 省委党校 visit
p.ent("ORG", "省委党校", line=5)
p.ent("ORG", "安徽行政学院", line=5)                # the school's second name, in brackets: its own ORG
p.ent("PERSON", "童玲", line=5)
#   来陵: one-character short form, no ADMIN
p.ent("ORG", "县委党校", line=5)
p.ent("ORG", "县委", line=5)                        # 县委副书记 (after 县委党校 has been taken)
p.ent("PERSON", "石才良", line=5)
p.ent("ORG", "市委党校", line=5)
p.ent("PERSON", "袁发林", line=5)

# ---- line 6: 扬子鳄 release
#   “多点放归、视频连线”: no numeral, no formula
p.ent("ADMIN", "宣城市", line=6)
p.ent("ADMIN", "郎溪县", line=6)
p.ent("ADMIN", "泾县", line=6)
p.ent("ADMIN", "宣州区", line=6)
p.ent("ADMIN", "广德市", line=6)
p.ent("ADMIN", "芜湖市", line=6)
p.ent("ADMIN", "南陵县", line=6)
#   五地: a count of places, no formula
p.ent("ORG", "省政协", line=6)
p.ent("PERSON", "孙云飞", line=6)
p.ent("ORG", "省林业局党组", line=6)                # 党组 after a known organ stays inside (session 10/12 rule)
p.ent("PERSON", "牛向阳", line=6)
p.ent("PERSON", "强健", line=6)
p.ent("ORG", "县委", line=6)                        # 县委常委
p.ent("PERSON", "袁学松", line=6)
p.ent("ORG", "县农业农村局", line=6)

# ---- line 7: 地质灾害防治 督查
p.ent("PERSON", "向继辉", line=7)                   # 副市长向继辉
p.ent("ADMIN", "南陵县", line=7)
p.ent("PERSON", "强健", line=7)
p.ent("ORG", "县委", line=7)
p.ent("PERSON", "袁学松", line=7)
p.ent("ORG", "县自然资源和规划局", line=7)          # department joining two fields with 和: one ORG
p.ent("ORG", "林业局", line=7)                      # (林业局): the same bureau's other name, bare organ meaning one body (decision 13)

# ---- line 8: 世界环境日 / 两山基地展示馆
p.ent("ADMIN", "芜湖市", line=8, nth=1)             # 芜湖市环保宣传周活动: unit inside an event name
p.ent("ADMIN", "南陵县", line=8)                    # 南陵县两山实践创新基地展示馆: venue, unit inside
p.slogan("GROUP", "两山", line=8)                   # 两山 (绿水青山 / 金山银山): items not spelled out
p.ent("PERSON", "向继辉", line=8)
p.ent("ORG", "市政府", line=8)                      # 市政府副秘书长
p.ent("PERSON", "雍成武", line=8)
p.ent("ORG", "农工党芜湖市委", line=8)              # a democratic party's local committee, one ORG with the party
p.ent("PERSON", "刘育红", line=8)
p.ent("ORG", "市生态环境局", line=8)
p.ent("PERSON", "潘怀中", line=8)
p.ent("ORG", "县委", line=8, nth=1)                 # 县委书记
p.ent("PERSON", "李新宇", line=8)
p.ent("PERSON", "强健", line=8)
p.ent("ORG", "县委", line=8, nth=1)                 # 县委常委 (the next free one)
p.ent("PERSON", "袁学松", line=8)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 8, "BODY", article=1)

p.save()
