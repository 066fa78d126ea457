"""page-2105: 凤阳新闻网 (fynews.gov.cn, 凤阳县, 安徽; section 凤阳要闻), one article:
县委书记徐广友调研全县重点工程项目. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2105", "corpus/raw/pages/2105_fengyang_xuguangyou_zhongdian.txt",
         publisher="凤阳新闻网", date=None, script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("ORG", "县委", line=1)                        # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "徐广友", line=1)

# ---- line 3
p.ent("ORG", "凤阳县委", line=3)                    # 凤阳县委书记: the organ with its prefix
p.ent("PERSON", "徐广友", line=3)
p.ent("ORG", "县委办", line=3)
p.ent("ORG", "县重点局", line=3)                    # the county's key-projects bureau (short form)

# ---- line 5: sites visited: compounds, venues, projects -> no span;
#   县文化馆项目施工现场: a building site of the cultural centre, not the body acting -> no span
p.ent("PERSON", "徐广友", line=5)

# ---- line 7
p.ent("PERSON", "徐广友", line=7)
p.ent("ADMIN", "凤阳", line=7, nth=1)                # “一座中都城,凤阳城市魂”: unit inside a slogan (decision 2)
p.ent("ADMIN", "凤阳", line=7, nth=1)                # 一心只为凤阳好 (second occurrence; first now taken)

# ---- line 9: requirements 一要…四要 (an enumeration, no formula); closing credit
p.ent("PERSON", "徐广友", line=9)
p.byline("CREDIT", "(盛辉)")
p.ent("PERSON", "盛辉", line=9)

# ---- line 11: photo caption (no photo credit)
p.ent("ORG", "县委", line=11)
p.ent("PERSON", "徐广友", line=11)

# ---- lines 14, 16: previous / next links (site furniture)
p.ent("ADMIN", "滁州", line=14)
p.ent("ADMIN", "蚌埠", line=14)
p.ent("ORG", "县委", line=16)                       # 县委副书记 -> ORG 县委; 县长: title only
p.ent("PERSON", "罗圣权", line=16)
p.ent("ADMIN", "黄湾", line=16)                     # 黄湾行蓄洪区 (named after 黄湾乡): unit inside a place name

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 9, "BODY", article=1)
p.block(11, 11, "CAPTION", article=1)
p.block(14, 16, "PAGE")

p.save()
