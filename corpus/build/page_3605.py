"""page-3605: 信息日报 (Jiangxi; stored on a mirror, nanchang.baogaosu.com), 2021-11-18, one article:
5县同一天召开领导干部会议 学习贯彻党的十九届六中全会精神. Text as returned by the `pages` store,
from its title; the last paragraph (黎川县委…), cut off mid-sentence by the store, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3605", "corpus/raw/pages/3605_xinxiribao_wuxian_ganbu_huiyi.txt",
         publisher="信息日报", date="2021-11-18", script="simplified", origin="pages")

# ---- line 1: headline (5县, 十九届六中全会: no spans, no formulas)
# ---- line 3: date line (PAGE)
# ---- line 5: lead paragraph before the byline
p.ent("ADMIN", "江西", line=5)

# ---- line 7: byline
p.byline("BYLINE", "■ 欧阳兴、信息日报/信息日报客户端记者刘建华/文", line=7)
p.ent("PERSON", "欧阳兴", line=7)
p.ent("ORG", "信息日报客户端", line=7)          # the paper's app: one medium, like a portal's channel
p.ent("ORG", "信息日报", line=7)                # the paper itself (first one, before the slash)
p.ent("PERSON", "刘建华", line=7)

# ---- line 9: crosshead (5个县: a count in prose)
# ---- line 11
p.ent("ADMIN", "江西", line=11)
p.ent("ORG", "信息日报", line=11)               # 信息日报《政事一周》栏目: the column is no ORG

# ---- line 13: 定南
p.ent("ORG", "定南县委", line=13)
p.ent("ORG", "县委", line=13, after="定南县委")  # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "龙小东", line=13)

# ---- line 15: 宁都
p.ent("ADMIN", "宁都", line=15)                 # 宁都全县领导干部会议: unit inside an event name
#   县行政中心会堂: a venue, no span
p.ent("ORG", "县委", line=15)
p.ent("PERSON", "肖斐杰", line=15)
p.ent("ADMIN", "宁都", line=15, after="开创")

# ---- line 17: 乐安
p.ent("ADMIN", "乐安", line=17)
p.ent("ORG", "县委", line=17)                   # 县委召开
p.ent("ORG", "县委", line=17, after="召开")      # 县委常委会(扩大)会议: the committee's meeting -> 县委 only
p.ent("ORG", "县委", line=17, after="会议和全县")  # 县委书记
p.ent("PERSON", "吴宜文", line=17)
p.ent("ORG", "县委", line=17, after="吴宜文")     # 县委副书记; 县长 alone is a title
p.ent("PERSON", "艾志峰", line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                # 18.11.2021  11:33 (date-only line)
p.block(5, 5, "SUBHEAD", article=1)  # lead/summary paragraph printed between title and byline
p.block(7, 7, "BYLINE", article=1)
p.block(9, 9, "CROSSHEAD", article=1)
p.block(11, 17, "BODY", article=1)

p.save()
