"""page-3603: 中国青年网 (news.youth.cn, 即时新闻), 2017-12-13, one article:
延安90后“第一书记”张文妮:窘境奋起点亮“问题村”发展新希望.
Text as returned by the `pages` store, from its title (site name, 新闻 and the breadcrumb
above the title left out); the stored page ends complete with its editor line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3603", "corpus/raw/pages/3603_youth_yanan_diyishuji_zhangwenni.txt",
         publisher="中国青年网", date="2017-12-13", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "延安", line=1)                     # 延安90后: born in the 90s, from 延安 (the city)
p.ent("PERSON", "张文妮", line=1)

# ---- line 3: web meta line (time, author, source): BYLINE block, one span per labelled credit
p.byline("BYLINE", "作者:高琦", line=3)
p.byline("BYLINE", "来源: 中国青年网", line=3)
p.ent("PERSON", "高琦", line=3)
p.ent("ORG", "中国青年网", line=3)

# ---- line 5: photo caption with its credit glued on
p.ent("PERSON", "张文妮", line=5)
p.byline("PHOTO", "张文妮供图", line=5)
p.ent("PERSON", "张文妮", line=5, nth=1)          # the credit's name (second occurrence; first is taken)

# ---- line 7: dateline + byline (closing bracket missing in the stored text) + first paragraph
p.byline("BYLINE", "中国青年网延安12月13日电(记者 高琦  通讯员 王前锋", line=7)
p.ent("ORG", "中国青年网", line=7)
p.ent("ADMIN", "延安", line=7)                     # dateline place (decision 12)
p.ent("PERSON", "高琦", line=7)
p.ent("PERSON", "王前锋", line=7)
p.ent("PERSON", "张文妮", line=7)
p.ent("ORG", "延安市城管局", line=7)
p.ent("ADMIN", "富县", line=7)
p.ent("ADMIN", "张村驿镇", line=7)
p.ent("ADMIN", "榆树村", line=7, every=True)       # three times on the line

# ---- line 9: second caption
p.ent("PERSON", "张文妮", line=9)
p.byline("PHOTO", "张文妮供图", line=9)
p.ent("PERSON", "张文妮", line=9, nth=1)

# ---- line 11: crosshead, no entities

# ---- line 13
p.ent("ADMIN", "榆树村", line=13)
p.ent("ADMIN", "富县", line=13)
p.ent("ADMIN", "张村驿镇", line=13)
#   葫芦河: a river; 前寺峪、后寺峪、榆树 are 村组 (groups below village level): no spans (decision 3)
p.ent("ADMIN", "张村驿", line=13, after="口人")     # bare name of the town in the quote
p.ent("ADMIN", "富县", line=13, after="张村驿被称为")
#   榆树组: a villagers' group, no span
p.ent("PERSON", "周良有", line=13)

# ---- line 15
p.ent("ORG", "延安市城管局", line=15)
p.ent("PERSON", "张文妮", line=15, every=True)
p.ent("ADMIN", "张村驿镇", line=15)
p.ent("ADMIN", "榆树村", line=15, every=True)

# ---- line 17: the caption printed again
p.ent("PERSON", "张文妮", line=17)
p.byline("PHOTO", "张文妮供图", line=17)
p.ent("PERSON", "张文妮", line=17, nth=1)

# ---- line 19: editor line (PAGE, name is PERSON, no byline span)
p.ent("PERSON", "杜娜", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "CAPTION", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "CAPTION", article=1)
p.block(11, 11, "CROSSHEAD", article=1)
p.block(13, 15, "BODY", article=1)
p.block(17, 17, "CAPTION", article=1)
p.block(19, 19, "PAGE")

p.save()
