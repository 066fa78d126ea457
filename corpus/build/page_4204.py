"""page-4204: 新晃融媒体中心 (新晃侗族自治县融媒体中心; text on the county portal xinhuang.gov.cn,
"信息来源:新晃融媒体中心"), 2026-03-03, one article: 县政府召开第四次全体会议 杨鹏讲话.
Text as returned by the `pages` store, from its title; the store cuts the fourth paragraph
(杨鹏强调,要锚定正确政绩观,…) mid-sentence, so that paragraph is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4204", "corpus/raw/pages/4204_xinhuang_xianzhengfu_quanti.txt",
         publisher="新晃融媒体中心", date="2026-03-03", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "县政府", line=1)
p.ent("PERSON", "杨鹏", line=1)

# ---- line 3: web meta line: labelled source credit, timestamp outside (decision 12)
p.byline("BYLINE", "信息来源:新晃融媒体中心", line=3)
p.ent("ORG", "新晃融媒体中心", line=3)

# ---- line 5
p.ent("ORG", "县政府", line=5)
p.ent("ORG", "县委", line=5)                       # 县委副书记
p.ent("PERSON", "杨鹏", line=5)
#   党的二十大, 二十届历次全会: no span (bare 党 as in the seeds; congresses are no formulas)
p.ent("ORG", "中央", line=5)                       # 中央、省委、市委、县委经济工作会议: organs inside meeting names
p.ent("ORG", "省委", line=5)
p.ent("ORG", "市委", line=5)
p.ent("ORG", "县委", line=5, after="市委、")
#   省、市、县两会: level words; 两会 is no formula
for name in ["曾永军", "金国华", "刘清云", "谭诚", "赵小玲", "郑德爱", "姚青禄", "廖元", "钟和平", "蒲学东"]:
    p.ent("PERSON", name, line=5)

# ---- line 7
#   《政府工作报告》: a document's kind, no organ named
p.ent("ORG", "湖南省人民政府", line=7)            # issuer inside a document title
p.ent("ORG", "怀化市人民政府", line=7)

# ---- line 9
p.ent("ADMIN", "新晃", line=9, every=True)         # 立足新晃实际, 提到新晃, 对新晃发展, 为新晃发挥
#   省《政府工作报告》, 市《…》, 县两会: level words, no span

# ---- slogans
p.slogan("GROUP", "开局八好", line=5)              # “开局八好”行动 (items not listed on the page)
p.slogan("GROUP", "七大攻坚", line=7, nth=1)       # “七大攻坚”: N大 + the campaign's parts
p.slogan("GROUP", "七大攻坚", line=7, nth=1)
p.slogan("GROUP", "开局八好", line=7)
p.slogan("PLAN", "十五五", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)                 # 发布时间:… 信息来源:新晃融媒体中心
p.block(5, 9, "BODY", article=1)

p.save()
