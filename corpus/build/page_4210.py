"""page-4210: 汉滨区人民政府 (hanbin.gov.cn, news item), one article: 汉滨区委中心学习组
专题学习中纪委十九届二次全会精神. The `pages` store holds the body only (no title line);
date printed without a year (2月22日; 2018 by the 十九届二次全会), so date=None."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4210", "corpus/raw/pages/4210_hanbin_zhongxinzu_xuexi.txt",
         publisher="汉滨区人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "汉滨区委中心学习组", line=1)        # a committee's study group: one ORG (区委理论学习中心组)
p.ent("ORG", "中纪委", line=1)                     # 中纪委十九届二次全会: organ inside the meeting's name
p.ent("ADMIN", "汉滨区", line=1)                   # 这是汉滨区连续三年…

# ---- line 2
p.ent("ORG", "区委", line=2, nth=1)                # 区委书记
p.ent("PERSON", "王孝成", line=2)
p.ent("ORG", "区委", line=2)                       # 区委副书记 (区长: a title, no span)
p.ent("PERSON", "范传斌", line=2)
p.ent("ORG", "中纪委", line=2)

# ---- line 3
p.ent("ORG", "区纪委", line=3)
p.ent("ORG", "区监察委", line=3)
#   区直部门, 人民团体: generic; 各镇办党(工)委: a class of bodies, no span
p.ent("ORG", "区人大", line=3)
p.ent("ORG", "区政协", line=3)

# ---- line 4
p.ent("PERSON", "王孝成", line=4)
p.ent("ORG", "区委", line=4)                       # 传导区委贯彻…
p.ent("ORG", "中央", line=4)                       # 中央关于全面从严治党的新要求: the centre issuing

# ---- line 5
p.ent("PERSON", "王孝成", line=5)
p.ent("ORG", "中央", line=5)                       # 中央关于全面从严管党治党的新形势、新要求
p.ent("ADMIN", "汉滨", line=5)                     # 汉滨区情: the district by its short name + 区情
p.slogan("COUNT", "六个统一", line=5)              # “六个统一”经验总结: items not spelt out

# ---- blocks (no title line stored)
p.block(1, 5, "BODY", article=1)

p.save()
