"""page-1808: 云上赤壁 (赤壁市融媒体中心, m-chibi.cjyun.org), 2019-07-25, one article:
湖北省委宣传部来赤调研这项工作 去了这些地方. Text as returned by the `pages` store, from its
title (the app prompt above the title is left out); the last line (a photo caption cut off
after ▲腊里山村) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1808", "corpus/raw/pages/1808_chibi_wenming_shijian.txt",
         publisher="赤壁市融媒体中心", date="2019-07-25", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "湖北省委宣传部", line=1)            # 来赤: one-character short form, no ADMIN

# ---- line 3: unlabelled web meta line (date + source): BYLINE span for the source, date outside
p.byline("BYLINE", "云上赤壁", line=3)
p.ent("ORG", "云上赤壁", line=3)                  # the medium (赤壁市融媒体中心's client)

# ---- line 5: byline + lead
p.byline("BYLINE", "云上赤壁消息(通讯员 胡新华)", line=5)
p.ent("ORG", "云上赤壁", line=5)                  # source tag's medium is ORG (like 甘州融媒讯)
p.ent("PERSON", "胡新华", line=5)
p.ent("ORG", "省文明办协调处", line=5)            # 协调处处长: contracted title keeps the sub-unit
p.ent("PERSON", "刘平安", line=5)
p.ent("ORG", "赤壁市委", line=5)                  # 赤壁市委常委 -> ORG 赤壁市委
p.ent("ADMIN", "赤壁市", line=5)                  # 来到赤壁市调研 (first free 赤壁市 on the line)
p.ent("ORG", "宣传部", line=5)                    # 宣传部部长: the one 市委宣传部 (decision 13)
p.ent("PERSON", "宋慧宇", line=5)
p.ent("PERSON", "肖向阳", line=5)

# ---- line 7: caption
p.ent("ADMIN", "六米桥社区", line=7)             # …社区新时代文明实践站: a venue, unit inside it

# ---- line 9: the sites visited
p.ent("PERSON", "刘平安", line=9)
p.ent("ORG", "赤壁市新时代文明实践中心", line=9)   # 中心 named with its city prefix: ORG
p.ent("ADMIN", "赤壁市", line=9)                  # 赤壁市蒲纺工业园
#   蒲纺工业园: an 工业园 is a place (decision 3), no span
p.ent("ADMIN", "六米桥社区", line=9)
p.ent("ADMIN", "蒲圻办事处", line=9)              # 办事处 standing for the sub-district in a chain (decision 3)
p.ent("ADMIN", "和尚岭社区", line=9)
p.ent("ADMIN", "车埠镇", line=9)
p.ent("ADMIN", "黄土村", line=9)
p.ent("ADMIN", "芙蓉村", line=9)
p.ent("ADMIN", "赤壁镇", line=9)
p.ent("ADMIN", "东柳村", line=9)
p.ent("ADMIN", "柳山湖镇", line=9)
#   X社区/X村新时代文明实践站, 柳山湖镇新时代文明实践所: venues, only the units are tagged

# ---- line 11: caption
p.ent("ADMIN", "和尚岭社区", line=11)

# ---- line 13
p.ent("ADMIN", "赤壁市", line=13)                 # 赤壁市出台了
p.ent("ORG", "赤壁市新时代文明实践中心", line=13)  # inside the document title (organ in a document name is ORG)
p.ent("ORG", "市委", line=13)                     # 市委书记 -> ORG 市委
p.slogan("PARALLEL", "3569", line=13)             # quoted code of digits (like “153”立体监督)
#   “中心、所、站”三级体系: a count of levels, no slogan; bare 新时代文明实践中心: no span

# ---- line 15: caption
p.ent("PERSON", "刘平安", line=15)
p.ent("ADMIN", "六米桥社区", line=15)

# ---- line 17
p.ent("ADMIN", "赤壁市", line=17)
p.ent("ADMIN", "柳山湖镇", line=17, nth=1)
for name in ["六米桥社区", "夏龙铺社区", "和尚岭社区", "腊里山村", "芙蓉村", "东柳村",
             "车埠镇", "黄土村", "官田村", "赤壁镇", "小柏村", "青山村"]:
    p.ent("ADMIN", name, line=17)
p.ent("ADMIN", "柳山湖镇", line=17)               # 柳山湖镇团山村 (the second, first is taken)
for name in ["团山村", "茶庵岭镇", "白石村", "赵李桥镇", "雷家桥村", "蓼坪村"]:
    p.ent("ADMIN", name, line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "CAPTION", article=1)
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "CAPTION", article=1)
p.block(17, 17, "BODY", article=1)

p.save()
