"""page-1803: 喀喇沁旗人民政府 (klq.gov.cn, 旗级要闻), 2026-01-09, one article:
白玲主持召开喀喇沁旗政府2026年第1次常务会议 (source 喀喇沁融媒体中心). Text as returned by the
`pages` store, from its title (the section name 旗级要闻 above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1803", "corpus/raw/pages/1803_kalaqin_changwu_huiyi.txt",
         publisher="喀喇沁旗人民政府", date="2026-01-09", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "白玲", line=1)
p.ent("ORG", "喀喇沁旗政府", line=1)               # organ inside a meeting's name (…常务会议)

# ---- line 3: web meta line (decision 12): BYLINE span on the labelled source, date outside
p.byline("BYLINE", "来源:喀喇沁融媒体中心", line=3)
p.ent("ORG", "喀喇沁融媒体中心", line=3)            # a byline's source naming a medium is ORG

# ---- line 5
p.ent("ORG", "旗委", line=5)                        # 旗委副书记
#   政府旗长: bare 政府 in a contracted title, no span (like 糜镇党委政府 -> no span for 政府)
p.ent("PERSON", "白玲", line=5)
p.ent("ORG", "喀喇沁旗政府", line=5)

# ---- line 7
p.ent("PERSON", "习近平", line=7)
#   中央经济工作会议: 中央 as a modifier of a meeting's name, no span
p.ent("ADMIN", "喀喇沁旗", line=7, nth=1)           # 喀喇沁旗安全生产…: the unit as a place
p.ent("ADMIN", "喀喇沁旗", line=7, after="审议了")   # inside a document title (decision 2)

# ---- line 9
p.slogan("GROUP", "九小场所", line=9)               # fire-safety formula: nine kinds of small venues
#   中蒙药材: Chinese and Mongolian medicinal herbs, no ADMIN

# ---- line 11
p.ent("PERSON", "白玲", line=11)
p.ent("ORG", "旗政府党组", line=11)                 # 旗政府党组会议 -> the organ
p.slogan("PARALLEL", "三重一大", line=11)           # 三重 + 一大: two numeral-led parts

# ---- line 13: attendance list + closing credit
for name in ["张继涛", "史志良", "杨海鹏", "孟凡驰", "于化岩", "庄雯迪", "耿利军", "王飞",
             "徐晓东", "任林"]:
    p.ent("PERSON", name, line=13)
p.byline("CREDIT", "(记者 朱星然 通讯员 王晨旭)", line=13)
p.ent("PERSON", "朱星然", line=13)
p.ent("PERSON", "王晨旭", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)    # 发布日期:… 来源:喀喇沁融媒体中心 (decision 12)
p.block(5, 13, "BODY", article=1)     # blank lines split it into five paragraphs; credit stays in BODY

p.save()
