"""page-5305: 南陵县人民政府 (nlx.gov.cn, county portal of 南陵县, 芜湖市, 安徽), open-government
section: 县政府6月份政务动态 (a digest of the county government's work in June 2022). Text as
returned by the `pages` store, from its title; its last item (县委理论学习中心组学习会议暨县“四大班子”通…)
was cut mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5305", "corpus/raw/pages/5305_nanling_zhengwu_dongtai.txt",
         publisher="南陵县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: title
p.ent("ORG", "县政府", line=1)

# ---- line 2: 县政协 standing committee meeting
p.ent("ORG", "县政协", line=2)                       # 县政协主席
p.ent("PERSON", "夏冰馨", line=2)
#   十一届二次常委会会议: the committee's meeting (no ORG for 常委会, 25NN rule)
for name in ["凌显华", "王健", "郑松淼", "刘晓波", "俞悦", "陈向阳"]:
    p.ent("PERSON", name, line=2)
p.ent("ORG", "市政协", line=2)                       # 部分住陵市政协委员: 住陵 = living in 南陵 (one-character 陵, no ADMIN)
p.ent("ORG", "县政协办", line=2)
p.ent("ORG", "县委", line=2)                          # 县委常委
p.ent("ORG", "弋江镇党委", line=2)                     # 弋江镇党委书记
p.ent("PERSON", "陈娉婷", line=2)
p.ent("PERSON", "何军", line=2)                       # 副县长何军

# ---- line 3
for name in ["强健", "袁学松", "梅菲", "奚志波", "陆明"]:
    p.ent("PERSON", name, line=3)                    # 县长强健; 县领导袁学松、…

# ---- line 4
p.ent("ORG", "县委", line=4)                          # 县委书记
p.ent("PERSON", "李新宇", line=4)
p.ent("ADMIN", "南陵", line=4)                        # “行走南陵” activity name (decision 2)
p.ent("PERSON", "陶海波", line=4)

# ---- line 5
p.ent("ORG", "省委党校", line=5)
p.ent("ORG", "安徽行政学院", line=5)
p.ent("PERSON", "童玲", line=5)
#   来陵: one-character short form, no ADMIN
p.ent("ORG", "县委党校", line=5)
p.ent("ORG", "县委", line=5, after="工作。")   # 县委副书记
p.ent("PERSON", "石才良", line=5)
p.ent("ORG", "市委党校", line=5)
p.ent("PERSON", "袁发林", line=5)

# ---- line 6: 扬子鳄 release
for unit in ["宣城市", "郎溪县", "泾县", "宣州区", "广德市", "芜湖市", "南陵县"]:
    p.ent("ADMIN", unit, line=6)
p.ent("ORG", "省政协", line=6)
p.ent("PERSON", "孙云飞", line=6)
p.ent("ORG", "省林业局党组", line=6)                  # 省林业局党组书记 (党组 after a known organ belongs to it)
p.ent("PERSON", "牛向阳", line=6)
p.ent("PERSON", "强健", line=6)
p.ent("ORG", "县委", line=6)                          # 县委常委
p.ent("PERSON", "袁学松", line=6)
p.ent("ORG", "县农业农村局", line=6)

# ---- line 7
p.ent("PERSON", "向继辉", line=7)
p.ent("ADMIN", "南陵县", line=7)
p.ent("PERSON", "强健", line=7)
p.ent("ORG", "县委", line=7)
p.ent("PERSON", "袁学松", line=7)
p.ent("ORG", "县自然资源和规划局", line=7)
p.ent("ORG", "林业局", line=7)                        # (林业局): the same bureau's other name, one specific body (decision 13)

# ---- line 8
p.ent("ADMIN", "芜湖市", line=8)                      # 2022年世界环境日芜湖市环保宣传周活动 (event name)
p.ent("ADMIN", "南陵县", line=8)                      # 南陵县两山实践创新基地展示馆 (venue)
p.slogan("GROUP", "两山", line=8)                     # the 两山 concept (绿水青山就是金山银山); items not listed
p.ent("PERSON", "向继辉", line=8)
p.ent("ORG", "市政府", line=8)
p.ent("PERSON", "雍成武", line=8)
p.ent("ORG", "农工党芜湖市委", line=8)
p.ent("PERSON", "刘育红", line=8)
p.ent("ORG", "市生态环境局", line=8)
p.ent("PERSON", "潘怀中", line=8)
p.ent("ORG", "县委", line=8)                          # 县委书记
p.ent("PERSON", "李新宇", line=8)
p.ent("PERSON", "强健", line=8)
p.ent("ORG", "县委", line=8, after="强健")            # 县委常委
p.ent("PERSON", "袁学松", line=8)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 8, "BODY", article=1)

p.save()
