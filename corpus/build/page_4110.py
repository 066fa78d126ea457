"""page-4110: 贵阳日报 (e-paper rb.gywb.cn, 2025-01-11, 版次 A01): 市政协委员集中观摩视察
“一河一道两片”建设情况. Text as returned by the `pages` store, from its title (a lone "·" before
the title dropped); the last paragraph, cut off mid-word (…经济发展的巨), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4110", "corpus/raw/pages/4110_guiyang_zhengxie_shicha.txt",
         publisher="贵阳日报", date="2025-01-11", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市政协", line=1)                       # 市政协委员: 委员 is a title
p.slogan("PARALLEL", "一河一道两片", line=1)          # items not spelled out on the page

# ---- line 3: subhead
p.ent("PERSON", "石邦林", line=3)

# ---- line 5: e-paper meta line (decision 12): source credited, 作者: empty
p.byline("BYLINE", "来源:贵阳日报", line=5)
p.ent("ORG", "贵阳日报", line=5)

# ---- line 7
p.byline("BYLINE", "本报讯", line=7)                 # bare source tag
p.ent("ORG", "市政协", line=7, nth=1)                # 市政协十三届四次会议: the session stays outside
p.ent("ORG", "市政协", line=7, nth=1)                # 市政协委员
p.ent("ADMIN", "贵阳", line=7)                       # 贵阳城乡规划展览馆: a venue, unit inside (decision 2)
p.ent("ADMIN", "云岩区", line=7)
p.ent("ADMIN", "南明区", line=7)
p.ent("ADMIN", "贵阳市", line=7)
p.slogan("PARALLEL", "一河一道两片", line=7)
p.ent("ORG", "市政协党组", line=7)                   # 市政协党组书记、主席石邦林 (党组 belongs to its organ)
p.ent("PERSON", "石邦林", line=7)

# ---- line 9
p.ent("ORG", "市政协", line=9, nth=1)                # 市政协副主席
for name in ["宋平", "喻理飞", "付涛", "陈雨青", "向洋"]:
    p.ent("PERSON", name, line=9)
#   党组成员: a bare 党组 (decision 13): no span
p.ent("PERSON", "步岚", line=9)
p.ent("PERSON", "何发兵", line=9)
p.ent("ORG", "市政协", line=9)                       # 全体市政协委员

# ---- line 11
p.ent("ADMIN", "贵阳", line=11, nth=1)               # 贵阳城乡规划展览馆 (venue)
p.ent("ADMIN", "贵阳", line=11, nth=1)               # 贵阳展区 (a section of the exhibition)
p.ent("ADMIN", "贵阳", line=11, nth=1)               # 贵阳历史人文
#   新印1950文创街区, 文昌阁历史文化街区, 文昌南路, 滨河城垣步道: places, no span
p.slogan("PARALLEL", "一河一道两片", line=11)
p.ent("ADMIN", "贵阳", line=11)                      # 贵阳贵安
p.ent("ADMIN", "贵安", line=11)                      # 贵安新区, a state-level new area, by its short form

# ---- line 13
p.ent("ORG", "市委", line=13)
p.ent("ORG", "市政府", line=13)
p.ent("ORG", "中共", line=13)                        # 中共二十大: the Party inside an event's name (decision 2)
#   二十大, 二十届二中、三中全会: no formula
p.ent("PERSON", "习近平", line=13)
p.ent("ADMIN", "贵州", line=13, nth=1)               # 视察贵州
p.ent("ADMIN", "贵州", line=13)                      # 对贵州、贵阳贵安
p.ent("ADMIN", "贵阳", line=13)
p.ent("ADMIN", "贵安", line=13)
p.slogan("PARALLEL", "四主四市", line=13)
p.slogan("COUNT", "八个强", line=13)
p.slogan("COUNT", "五个高", line=13)
#   强省会, 主战略, 主定位: no numeral, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)     # 石邦林率队: a line after the headline adding a fact (decision 1)
p.block(5, 5, "BYLINE", article=1)      # 来源:贵阳日报 … 版次:A01 作者:
p.block(7, 13, "BODY", article=1)

p.save()
