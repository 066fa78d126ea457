"""page-2211: 石泉县人民政府 (shiquan.gov.cn, 安康市, 陕西), a numbered digest of county
government news (items dated 4月28日 to 5月15日, 2025 by inference). Text as returned by the
`pages` store; the store's opening has no title line; item 9 (cut off mid-sentence:
"9.5月16日,石泉县") was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2211", "corpus/raw/pages/2211_shiquan_zhengwu_yaowen.txt",
         publisher="石泉县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1
p.ent("ORG", "县委", line=1)                       # 县委副书记
p.ent("PERSON", "杨利", line=1)                    # 县长杨利: 县长 is a title of a bare level word
p.ent("ORG", "县政府", line=1)                     # 县政府副县长
p.ent("PERSON", "王善武", line=1)
p.ent("ORG", "经开区管委会", line=1)               # the zone's administrative committee
p.ent("PERSON", "王全波", line=1)

# ---- line 2
p.ent("ORG", "县委", line=2, nth=1)                # 县委书记
p.ent("PERSON", "梁鸿", line=2)
p.ent("ORG", "北京大学", line=2)
p.ent("ORG", "东方人和咨询服务公司", line=2)
p.ent("ORG", "中华慈善总会", line=2)
p.ent("ORG", "县委", line=2, nth=1)                # 县委常委、常务副县长
p.ent("PERSON", "鲁延谋", line=2)
p.ent("ORG", "县委", line=2, nth=1)                # 县委常委、组织部部长
p.ent("ORG", "组织部", line=2)                     # 组织部部长 -> the department (cf. 宣传部长)
p.ent("PERSON", "彭儒宝", line=2)
p.ent("ORG", "县政府党组", line=2)                 # 县政府党组成员
p.ent("ORG", "发投集团党委", line=2)               # 发投集团党委书记: sub-unit with its parent
p.ent("PERSON", "李家银", line=2)
#   发改、教体主要负责人: bare field names, no span (seed-004 司法、卫健、文体等单位)

# ---- line 3
p.ent("ORG", "中国人民解放军总医院", line=3)
p.ent("ORG", "石泉县中医医院远程会诊中心", line=3)  # sub-unit with its parent hospital
p.ent("ORG", "县中医医院", line=3)                 # 在县中医医院举行: a hospital (§2 ORG)

# ---- line 4
p.ent("ORG", "县委", line=4)
p.ent("PERSON", "梁鸿", line=4)
p.ent("ADMIN", "曾溪镇", line=4)
p.ent("ADMIN", "后柳镇", line=4)

# ---- line 5
p.ent("ORG", "石泉县政协党组", line=5)             # 石泉县政协党组副书记、副主席
p.ent("PERSON", "何燕祥", line=5)
for u in ["饶峰镇", "光明村", "城关镇", "新联村", "丝银坝村", "中池镇", "茨坪村",
          "后柳镇", "金齐村", "喜河镇", "晨光村", "大雁村"]:
    p.ent("ADMIN", u, line=5)
#   政协委员 (generic), 秦巴 (a region, no unit): no span

# ---- line 7
p.ent("ORG", "石泉县政府", line=7)
p.ent("ORG", "县十九届人大", line=7)               # term inside the name (中国人民政治协商会议第十二届滨州市委员会)
p.ent("ORG", "县政协", line=7, nth=1)              # 县政协十四届四次会议: the term belongs to the meeting
p.ent("ORG", "县委", line=7)                       # 县委常委
p.ent("PERSON", "鲁延谋", line=7)
p.ent("ORG", "县人大常委会", line=7)
p.ent("PERSON", "王波", line=7)
p.ent("ORG", "县政协", line=7, nth=1)              # 县政协副主席
p.ent("PERSON", "何燕祥", line=7)
#   人大代表建议, 政协提案 (x2): kinds of documents, no span

# ---- line 8
p.ent("ADMIN", "石泉县", line=8)                   # 石泉县召开…
p.ent("ORG", "县委", line=8, nth=1)                # 县委书记
p.ent("PERSON", "梁鸿", line=8)
p.ent("ORG", "县委", line=8, nth=1)                # 县委常委、宣传部部长
p.ent("ORG", "宣传部", line=8)
p.ent("PERSON", "李标", line=8)
p.ent("ORG", "县委", line=8, nth=1)                # 县委常委、常务副县长
p.ent("PERSON", "鲁延谋", line=8)

# ---- blocks: one web release, a numbered digest with no title in the stored opening
p.block(1, 8, "BODY", article=1)

p.save()
