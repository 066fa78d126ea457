"""page-5111: 富裕县人民政府 (富裕县人民政府网站, credited as 来源 on the page's meta line;
copy on 中国小康网's county channel xianyu.chinaxiaokang.com, 齐齐哈尔市 > 富裕县 > 要闻),
2020-03-09, one article: 县长邹浩主持召开县政府第二次常务会议. Text as returned by the
`pages` store, from its title; its last paragraph (会议强调,科学精准理性有…) is cut off
mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5111", "corpus/raw/pages/5111_fuyu_changwu_huiyi.txt",
         publisher="富裕县人民政府", date="2020-03-09", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "邹浩", line=1)                     # 县长: a title, the bare level word gets no span
p.ent("ORG", "县政府", line=1)                      # 县政府第二次常务会议: the organ inside its meeting

# ---- line 3: web meta line (decision 12: one BYLINE span per labelled credit, timestamp outside)
p.byline("BYLINE", "来源:富裕县人民政府网站", line=3)
p.byline("BYLINE", "作者:李敏", line=3)
p.ent("ORG", "富裕县人民政府网站", line=3)          # an organ's own web site is ORG (莲花县人大信息网)
p.ent("PERSON", "李敏", line=3)
p.ent("PERSON", "康康", line=3)                     # 责任编辑:康康: editor's name is PERSON, no byline span
#   字号:T|T: site furniture, no span

# ---- line 5
p.ent("PERSON", "邹浩", line=5)
p.ent("ORG", "县政府", line=5)
for name in ["荆德成", "高勇泽", "龚建民", "张利军", "梁春华", "王世峰", "冯晓伟", "李会武"]:
    p.ent("PERSON", name, line=5)
#   各乡镇各部门: generic, no span

# ---- line 7: the nine items; 九项议题 is a count of agenda items (prose, like 六项内容)
#   两统筹 (统筹推进疫情防控和经济社会发展): a count of the two things co-ordinated, GROUP,
#   its two items spelled out right after it.
p.slogan("GROUP", "两统筹", line=7, expansion=["疫情防控", "经济社会发展"])
#   来齐人员: 齐 is a one-character short form of 齐齐哈尔, never ADMIN

# ---- lines 13-23
p.ent("ADMIN", "富裕县", line=13)                   # 富裕县2020年环保督查…
p.ent("ADMIN", "富裕县", line=15)                   # 富裕县医药化工产业园: a park, the unit inside is ADMIN
#   line 17 嫩江乌裕尔河道: 嫩江 and 乌裕尔 name rivers here (河道), no span
p.ent("ADMIN", "富海镇", line=19)
p.ent("ADMIN", "富海村", line=19)
p.ent("ORG", "裕滕乳业有限公司", line=21)          # an enterprise
p.ent("ADMIN", "富裕", line=23)                     # 富裕塔哈通用机场: an airport is a facility (decision 14),
p.ent("ADMIN", "塔哈", line=23)                     # the units inside its name are ADMIN (塔哈 = 塔哈满族达斡尔族乡)

# ---- line 25: 两手抓,两手都要硬 (decision 10: a formula never spans a comma -> two GROUP spans);
#   the two hands are printed before it: 疫情防控和经济社会发展两手抓
s = p.slogan("GROUP", "两手抓", line=25)[0]
lo = p.find_all("要坚持", p.line_bounds[24][0], s["start"])[0][1]
items = []
for it in ["疫情防控", "经济社会发展"]:
    hit = [h for h in p.find_all(it, lo, s["start"])][0]
    items.append([hit[0], hit[1]])
    lo = hit[1]
s["expansion"] = items
p.slogan("GROUP", "两手都要硬", line=25)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 25, "BODY", article=1)

p.save()
