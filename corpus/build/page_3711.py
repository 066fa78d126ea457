"""page-3711: 嘉兴市南湖区人民政府 portal (nanhu.gov.cn), 2024-03-18, one article published by
中共南湖区委 (信息来源: 区委办公室): 一线发现一线解决丨南湖区四套班子领导深入践行“四下基层”…
Text as returned by the `pages` store, from its title; the open-government header above the title
(索引号, 发布单位, 文号) is left out, and the last paragraph (3月14日 …深入贯彻落实), cut off
mid-sentence by the store, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3711", "corpus/raw/pages/3711_nanhu_sitaobanzi_sixiajiceng.txt",
         publisher="嘉兴市南湖区人民政府", date="2024-03-18", script="simplified", origin="pages")

# ---- line 1: headline (series banner 一线发现一线解决丨 stays inside the HEADLINE block)
p.ent("ADMIN", "南湖区", line=1)                 # 南湖区四套班子: 四套班子 is a count of bodies, no ORG
p.slogan("GROUP", "四下基层", line=1)            # items not spelled out on the page: no expansion
#   一线发现一线解决: 一线 = "front line", no numeral formula; 大走访大调研大服务大解题: no numeral

# ---- line 3: web meta line (decision 12): one BYLINE span for the labelled source
p.byline("BYLINE", "信息来源:区委办公室", line=3)
p.ent("ORG", "区委办公室", line=3)

# ---- line 5
p.ent("ORG", "南湖区委", line=5)                 # 南湖区委|十届六次全体(扩大)会议: the meeting stays outside
p.slogan("PARALLEL", "八八战略", line=5)          # two numerals that make no number: a code of parts
p.slogan("GROUP", "两大主平台", line=5)           # quoted N大 + kind naming a programme's parts
#   区四套班子领导: count of bodies, no span

# ---- line 7
p.ent("ADMIN", "南湖区", line=7)
#   城市创新区 (x2): a planning area, no unit (like 城市副中心); 六大板块: counts areas (五大片区), no formula
p.ent("ORG", "区委", line=7)                     # 区委书记 -> ORG 区委
p.ent("PERSON", "邵潘锋", line=7)
#   省、市、区“新春第一会”: level words; 第一会 is an ordinal
p.ent("PERSON", "张杰", line=7)                  # 副区长张杰
p.ent("ORG", "嘉城集团", line=7)
p.ent("ORG", "市产业集团", line=7)

# ---- line 9
p.ent("ORG", "中国科学院", line=9)                # 中国科学院院士
p.ent("ORG", "清华大学生命科学学院", line=9)       # sub-unit with its parent, one span
p.ent("PERSON", "时松海", line=9)
p.ent("ADMIN", "南湖区", line=9)                 # 到访南湖区
p.ent("ORG", "浙江清华长三角研究院党委", line=9)   # an organ's 党委 belongs to it (党组/党委 rule)
p.ent("PERSON", "黄开胜", line=9)
#   党委委员: bare 党委 in a title, no span
p.ent("PERSON", "杨向东", line=9)
p.ent("ORG", "南湖区委", line=9)                 # 南湖区委书记
p.ent("PERSON", "邵潘锋", line=9)
p.ent("ORG", "区委", line=9, after="邵潘锋")      # 区委常委 -> ORG 区委
p.ent("ORG", "区政府", line=9)                   # 区政府副区长
p.ent("PERSON", "徐刚", line=9)

# ---- line 11
p.ent("ORG", "区委", line=11)                    # 区委副书记
p.ent("PERSON", "陈群伟", line=11)               # 区长陈群伟 (区长: title)
p.slogan("PARALLEL", "四不两直", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
