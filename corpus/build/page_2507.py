"""page-2507: 牟定县人民政府 (mdx.gov.cn, 云南省楚雄彝族自治州牟定县), one article: the county
government's February 2026 抓落实专题会议. Text as returned by the `pages` store; the store's
copy opens with the first paragraph (no title is stored), so the page has no HEADLINE."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2507", "corpus/raw/pages/2507_mouding_zhuanti_huiyi.txt",
         publisher="牟定县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "县委", line=1)                         # 县委副书记 -> ORG 县委 + title
p.ent("PERSON", "李永军", line=1)                    # 县长 alone: a title, no unit named
p.ent("ORG", "县人民政府", line=1)                   # organ inside the meeting's name

# ---- line 3
#   县直部门: generic; 各副县长: titles
p.slogan("GROUP", "三争", line=3)                    # 向上“三争” (items not spelled out)
#   “7天工作法”: the numeral counts days (a time limit), like 三年行动: no formula
p.ent("ORG", "云南牟定产业园区管委会", line=3)        # the zone's own organ, whole name

# ---- line 4
p.ent("PERSON", "李永军", line=4)
p.ent("ORG", "省委", line=4)                         # 省委巡视: the provincial committee acts
#   两大主攻方向: an ordinary count of directions (like 五大主导产业), no formula

# ---- line 5
p.ent("PERSON", "李永军", line=5)

# ---- line 6
p.ent("ORG", "县发展和改革局", line=6)
p.ent("ORG", "县统计局", line=6)
p.ent("ORG", "县工业信息化商务科技局", line=6)
p.ent("ORG", "县住房和城乡建设局", line=6)
p.ent("ORG", "县农业农村局", line=6)
p.ent("ORG", "县政府", line=6)                       # 县政府班子成员

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(3, 6, "BODY", article=1)

p.save()
