"""page-2503: 巨野县人民政府 (juye.gov.cn, 山东菏泽), a meeting record of the county government:
县政府第5次常务会议 (2023-04-03). Text as returned by the `pages` store, from its title (the banner
image's alt text 巨野头图 before it is left out); the last paragraph, cut off mid-sentence
(大谢集镇居民代表季保乾表示:…实现既定), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2503", "corpus/raw/pages/2503_juye_changwu_huiyi.txt",
         publisher="巨野县人民政府", date="2023-04-03", script="simplified", origin="pages")

# ---- line 1: title
p.ent("ORG", "县政府", line=1)                     # organ inside a meeting's name (市委常委会会议 -> 市委常委会)

# ---- line 6: agenda (会议议题)
p.ent("ADMIN", "山东省", line=6)                   # 《山东省重大行政决策程序规定》: unit inside a document title
p.ent("ADMIN", "山东省", line=6, nth=1)             # 《山东省重大行政决策事项目录管理办法》 (next free hit)
p.ent("ORG", "巨野一中", line=6)                    # a school (§2 ORG); its dormitories are rebuilt
#   国家卫生县: a title, no unit; 中国工笔牡丹画: an art genre, 中国 names no place (no span)
p.ent("ADMIN", "菏泽", line=6)                      # 花开菏泽·翰墨麟州: unit inside an event's name; 麟州 = old epithet of 巨野, no span

# ---- line 8: attendance (列席情况)
p.ent("ORG", "政府办公室", line=8)                  # the county government's office (decision 13: one specific body)
p.ent("ADMIN", "大谢集镇", line=8)
p.ent("PERSON", "季保乾", line=8)

# ---- line 11
p.ent("ORG", "县委", line=11)                      # 县委副书记 -> ORG + title
p.ent("PERSON", "楚德勤", line=11)
p.ent("ORG", "县政府", line=11)                    # 县政府第五次常务会议

# ---- line 13: same agenda in prose
p.ent("ADMIN", "山东省", line=13)
p.ent("ADMIN", "山东省", line=13, nth=1)
p.ent("ORG", "巨野一中", line=13)
p.ent("ADMIN", "菏泽", line=13)

# ---- line 15
p.ent("PERSON", "楚德勤", line=15)

# ---- line 17: attendance
p.ent("ORG", "县委", line=17)                      # 县委常委 -> ORG 县委
p.ent("PERSON", "张力", line=17)
for name in ["李明轩", "刘义锋", "刁晓伟", "林广彬"]:
    p.ent("PERSON", name, line=17)
p.ent("ORG", "县政府", line=17)                    # 县政府四级调研员
p.ent("PERSON", "马德进", line=17)

# ---- line 22: the public-opinion record (garbled: 委副书记、长 = 县委副书记、县长)
p.ent("PERSON", "楚德勤", line=22)
#   委 alone (one character, 县 lost) and the bare 政府 of 政府常务会议: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 4, "PAGE")                  # 会议时间 / 2023-04-03: a record field holding only a date
p.block(5, 5, "CROSSHEAD", article=1)  # 会议议题
p.block(6, 6, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)  # 列席情况
p.block(8, 8, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)  # 会议内容
p.block(11, 17, "BODY", article=1)
p.block(19, 20, "CROSSHEAD", article=1)  # 意见发表 / 和采纳情况 (one heading broken over two lines)
p.block(22, 22, "BODY", article=1)
p.block(26, 26, "CROSSHEAD", article=1)  # 一、列席公众代表意见 (its paragraph is cut off in the store)

p.save()
