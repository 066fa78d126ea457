"""page-4902: 首都文明网 (bjwmb.gov.cn, 文明动态 > 房山区), one article: 燕山地区星城街道召开创城工作调度会.
Text as returned by the `pages` store, which holds no title for this page (it opens with the body);
the stored opening ends with a paragraph cut off mid-sentence (星城街道将严), left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4902", "corpus/raw/pages/4902_xingcheng_chuangcheng_diaodu.txt",
         publisher="首都文明网", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "燕山地区", line=1)                  # 房山区燕山地区 (燕山地区办事处's area): the unit by its name
p.ent("ADMIN", "星城街道", line=1)
p.ent("ORG", "街道创城办", line=1, nth=1)           # level word + office (like 街道执法中队)
p.ent("ADMIN", "燕山", line=1, after="通报")        # 燕山体检式台账检查: the unit inside the check's name
p.ent("ORG", "街道创城办", line=1)                  # second mention
p.ent("ORG", "房山区委宣传部", line=1)              # 房山区委宣传部长 -> the department + a title
p.ent("ADMIN", "房山区", line=1)                    # 房山区、燕山两级: the district ...
p.ent("ADMIN", "燕山", line=1, after="房山区、")     # ... and the 燕山 area
#   “一把手”: a title word, no formula
p.ent("ORG", "燕山工委", line=1)                    # the Party's 燕山 working committee

# ---- line 2
p.ent("ORG", "街道工委", line=2)                    # 街道工委书记: the street's Party working committee

# ---- line 3: no named unit, organisation or person
#   新时代文明实践站 (bare), 公安、消防、司法等单位 (generic): no span

# ---- blocks
p.block(1, 3, "BODY", article=1)

p.save()
