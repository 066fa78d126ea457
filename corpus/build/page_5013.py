"""page-5013: 廉政中国 (lzzgw.com.cn, 廉政在线 > 山西 channel), 2026-01-06, one article:
晋中灵石县段纯镇:党建红引领民生暖 绘就乡镇发展新图景 (Party building in a Shanxi township).
Text as returned by the `pages` store, from its breadcrumb; the store's opening ends in the
middle of the second crosshead deck (数字见证增收“幸福答…), which was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5013", "corpus/raw/pages/5013_lingshi_duanchun_dangjian.txt",
         publisher="廉政中国", date="2026-01-06", script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE); its channel 山西 names the province
p.ent("ADMIN", "山西", line=1)

# ---- line 2: headline
p.ent("ADMIN", "晋中", line=2)
p.ent("ADMIN", "灵石县", line=2)
p.ent("ADMIN", "段纯镇", line=2)

# ---- line 3: meta line, one labelled credit (来源); 编辑:小编 names no one
p.byline("BYLINE", "来源:廉政中国", line=3)
p.ent("ORG", "廉政中国", line=3)

# ---- line 5: source tag + first paragraph
p.byline("BYLINE", "廉政中国讯(李长贵  张聪利)", line=5)
p.ent("ORG", "廉政中国", line=5)
p.ent("PERSON", "李长贵", line=5)
p.ent("PERSON", "张聪利", line=5)
p.ent("ADMIN", "晋中", line=5)
p.ent("ADMIN", "灵石县", line=5)
p.ent("ADMIN", "段纯镇", line=5)

# ---- line 13
p.ent("ADMIN", "段纯镇", line=13)
p.ent("PERSON", "习近平", line=13)               # inside the ideology's name (corpus rule)
p.ent("ORG", "镇党委", line=13)                  # level word + organ, like 镇政府
p.ent("ORG", "镇党建办", line=13)                # the township's Party-building office
p.slogan("PARALLEL", "一堡垒五中心", line=13)    # no items spelled out
#   “党建+网格”: no numeral, no formula; 基层党组织: a kind of body

# ---- line 17: the 三维度 learning model and its three items (separated by ;)
p.slogan("GROUP", "三维度", line=17, expansion=[
    "开设“云端党课”线上培训,累计12期覆盖党员800余人次",
    "“田间课堂”搬到鑫奥特农业产业园,开展实践研学",
    "组织党员赴党性教育基地,开展红色传承学习",
])
#   鑫奥特农业产业园: a park (place), no span

# ---- blocks
p.block(1, 1, "PAGE")                  # breadcrumb
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 2026-01-06来源:廉政中国编辑:小编
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")                  # picture file name
p.block(9, 9, "CROSSHEAD", article=1)
p.block(11, 11, "CROSSHEAD", article=1)
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "PAGE")                # picture file name
p.block(17, 17, "BODY", article=1)
p.block(19, 19, "CROSSHEAD", article=1)  # first line of a deck whose second line was cut

p.save()
