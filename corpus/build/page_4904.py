"""page-4904: 漳州市纪委监委 (zzscdi.gov.cn), one article: 漳浦:优环境配队伍 提升乡镇纪委执纪水平
(dated 2017-04-06 by its address only; no date printed). Text as returned by the `pages` store,
from its title (the site's navigation bar above the title left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4904", "corpus/raw/pages/4904_zhangpu_xiangzhen_jiwei.txt",
         publisher="漳州市纪委监委", date=None, script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline ("Place:title", one HEADLINE)
p.ent("ADMIN", "漳浦", line=1)
#   乡镇纪委: a level word before an organ, a generic class of bodies (no ORG), here and as 乡(镇)纪委 below

# ---- line 3
p.ent("ORG", "漳浦县纪委", line=3)
p.ent("ORG", "漳州市纪委", line=3)
p.slogan("COUNT", "五个专有", line=3)
p.slogan("COUNT", "五个统一", line=3)
p.slogan("COUNT", "五个一批", line=3)
#   “组织建设标准化”“办公设施规范化”“监督执纪专职化” … 三方面: prose count; the three items are
#   the expansion of “三个化” (line 7), printed before it (items before a formula are its expansion)

# ---- line 5
p.ent("ORG", "漳浦县纪委", line=5)                 # 漳浦县纪委书记陈金生 -> ORG + title + PERSON
p.ent("PERSON", "陈金生", line=5)
#   全县纪检监察系统…现场观摩会: no unit named

# ---- line 7
p.ent("ORG", "漳浦县纪委", line=7)                 # 在漳浦县纪委召开的…
p.ent("ADMIN", "漳浦县", line=7)                   # 漳浦县纪检监察系统组织标准化建设现场观摩会: unit inside an event name
p.ent("ORG", "县纪委", line=7)                     # 县纪委领导班子
s = p.slogan("COUNT", "三个化", line=7)[0]
lo, hi = p.line_bounds[2]                          # items on line 3, before the formula
s["expansion"] = [list(p.find_all(it, lo, hi)[0])
                  for it in ["组织建设标准化", "办公设施规范化", "监督执纪专职化"]]

# ---- line 9
p.ent("ADMIN", "漳浦县", line=9)                   # 漳浦县现在已建成…
p.byline("CREDIT", "(漳浦县纪委)", line=9)
p.ent("ORG", "漳浦县纪委", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 9, "BODY", article=1)                   # the closing (漳浦县纪委) stays in the last BODY block

p.save()
