"""page-5710: 岑巩县人民政府 (county portal news, inferred: the text calls 岑巩县 我县; copy stored at
danfana.com), 贵州 (黔东南), undated, one article on the 省委党校 survey of 乡村振兴 in 岑巩县. The store keeps no
title line; its last paragraph (16日下午,… 作了十分精彩) was cut mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5710", "corpus/raw/pages/5710_cengong_dangxiao_tiaoyan.txt",
         publisher="岑巩县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: the visitors
p.ent("ORG", "省委党校经济管理教研部", line=1)          # sub-unit with its parent: one ORG (add first)
p.ent("ORG", "省委党校", line=1, nth=1)
p.ent("ADMIN", "岑巩县", line=1)
p.ent("ORG", "省委党校", line=1)                        # 省委党校(贵州行政学院、省委讲师团)
p.ent("ORG", "贵州行政学院", line=1)
p.ent("ORG", "省委讲师团", line=1)
#   副校(院、团)长: a title; 乡村振兴驻村工作队(队长/队员): a kind of team, no name, no span
p.ent("PERSON", "蒋云丽", line=1)
#   省内外专家组: no body
for name in ["潘伟行", "陈涛", "卜鹏飞", "孙晓辉", "龚瑞清", "侯楠", "万昕", "吕亚洲", "张勇", "周朝军",
             "刘流"]:
    p.ent("PERSON", name, line=1)
p.ent("ORG", "应急管理培训部", line=1)                  # the school's departments listed after 省委党校经济管理教研部:
p.ent("PERSON", "刘涛", line=1)                         #   bare organs meaning one specific body (decision 13)
p.ent("ORG", "教师进修学院", line=1)
p.ent("PERSON", "宋喜林", line=1)
p.ent("ORG", "党建办", line=1)
p.ent("PERSON", "赖兴奎", line=1)

# ---- line 2: the county's leaders
p.ent("ORG", "岑巩县委", line=2)                        # 岑巩县委书记
p.ent("PERSON", "谭海", line=2)
p.ent("ORG", "县政协", line=2)
p.ent("PERSON", "刘文辉", line=2)
p.ent("ORG", "县委", line=2, after="刘文辉")             # 县委副书记
p.ent("PERSON", "卫昌楼", line=2)
p.ent("ORG", "县委组织部", line=2)                      # add before the bare 县委 of 县委常委
p.ent("ORG", "县委", line=2, after="卫昌楼")             # 县委常委、县委组织部部长
p.ent("PERSON", "邰通梅", line=2)
p.ent("ORG", "县委", line=2, after="邰通梅")             # 县委常委、提名副县长人选
p.ent("PERSON", "张宏标", line=2)

# ---- line 3
#   调研组, 我县: no span
p.ent("ADMIN", "岑巩", line=3)                          # 岑巩|县域经济 (县域经济: the county-level economy)

# ---- line 4: the sites visited
for unit in ["天星乡", "三星村", "羊桥土家族乡", "坪地村", "水尾镇", "马家寨村", "注溪镇", "衙院村",
             "周坪村", "大有镇"]:
    p.ent("ADMIN", unit, line=4)
#   下溪水库, 思州石砚生产加工基地: places (思州 is a historical name, no unit today)
p.ent("ORG", "贵州鸿乐源果蔬有限公司", line=4)
#   黔东(岑巩)生态特色食品产业园: a park; 黔东 is a region by a one-character name (no ADMIN), 岑巩 ADMIN
p.ent("ADMIN", "岑巩", line=4, after="黔东")
#   田氏土司遗址, “看禾选种”基地: sites
p.ent("ORG", "国家淡水渔业工程技术研究中心贵州分中心", line=4)   # an institution named inside a project's name
p.ent("ADMIN", "岑巩", line=4, after="贵州分中心")          # …岑巩基地建设项目: the base is a facility, the unit ADMIN
#   思州石砚, 食品产业园, 我县: no span

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
