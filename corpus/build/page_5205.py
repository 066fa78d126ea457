"""page-5205: 上海市嘉定区华亭镇人民政府 (华亭镇 channel huating.jiading.cn of the 嘉定区 portal
"上海嘉定"), 2023-06-27, one article: 华亭镇召开实施乡村振兴战略现场推进会.
Text as returned by the `pages` store, from its title (the store's page ends with the last
picture file name; nothing was cut)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5205", "corpus/raw/pages/5205_jiading_huating_xiangcun_tuijinhui.txt",
         publisher="上海市嘉定区华亭镇人民政府", date="2023-06-27", script="simplified",
         origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "华亭镇", line=1)

# ---- line 3: web meta line, one labelled credit (decision 12)
p.byline("BYLINE", "来源:上海嘉定", line=3)
p.ent("ORG", "上海嘉定", line=3)          # the district's news portal/account named as the source (a medium)

# ---- line 7: first paragraph
p.ent("ADMIN", "华亭镇", line=7)
p.ent("ORG", "镇党委", line=7)            # level word + organ, like 镇政府
p.ent("PERSON", "何蓉", line=7)
#   党委副书记、镇长张爱华: bare 党委 before a title gets no span (majority reading)
p.ent("PERSON", "张爱华", line=7)
#   各村党(总)支书记, 相关职能部门: generic, no span

# ---- line 11: the three demands
p.ent("PERSON", "何蓉", line=11)
p.ent("ADMIN", "嘉定区", line=11)         # 嘉定区实施乡村振兴战略现场推进会: unit inside an event name
p.ent("ADMIN", "华亭镇", line=11)
p.ent("ADMIN", "华亭", line=11, after="滋养")   # bare name of the town
#   三点要求: a count in prose, no formula; 一是/二是/三是 heads are prose
p.slogan("PER_UNIT", "一村一品", line=11)
p.slogan("PER_UNIT", "一村一韵", line=11)  # two complete per-unit rules joined by 、: two spans

# ---- line 15
p.ent("ADMIN", "华亭", line=15)

# ---- line 19: the visit before the meeting
p.ent("PERSON", "何蓉", line=19)
p.ent("ORG", "徐行镇党委", line=19)
p.ent("PERSON", "娄庆梅", line=19)
p.ent("ORG", "嘉定工业区党工委", line=19)
#   管委会常务副主任: bare 管委会 (of 嘉定工业区) gets no span, like the bare 党委 above
p.ent("PERSON", "李超", line=19)
p.ent("ADMIN", "徐行镇", line=19)
p.ent("ADMIN", "伏虎村", line=19)
p.ent("ADMIN", "嘉定工业区", line=19)     # a township-level zone that administers villages (decision 3)
p.ent("ADMIN", "灯塔村", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # 来源:… 发布时间:… (a meta line with a credit)
p.block(5, 5, "PAGE")                   # picture file name
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "PAGE")
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "PAGE")
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "PAGE")
p.block(19, 19, "BODY", article=1)
p.block(21, 21, "PAGE")

p.save()
