"""page-3109: 南充市政协 (nczx.gov.cn, the site of 中国人民政治协商会议南充市委员会), 2024-03-25,
one article: 廖伦志率调研组开展专题调研. Text as returned by the `pages` store, from its title
(the site's welcome line and banner above the title are left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3109", "corpus/raw/pages/3109_nanchong_zx_chengyu_diaoyan.txt",
         publisher="南充市政协", date="2024-03-25", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "廖伦志", line=1)

# ---- line 6
p.ent("ORG", "市委", line=6)                         # 按照市委工作安排
p.ent("ORG", "市政协", line=6)                       # 市政协主席 -> ORG + title
p.ent("PERSON", "廖伦志", line=6)
#   成渝地区双城经济圈: 成渝 fuses two one-character short forms (no ADMIN); no formula
for u in ["营山县", "南部县", "嘉陵区", "顺庆区", "高坪区"]:
    p.ent("ADMIN", u, line=6)
p.ent("PERSON", "廖伦志", line=6, after="协同之道")

# ---- line 8
p.ent("PERSON", "廖伦志", line=8)
p.ent("ORG", "党中央", line=8)
#   中、省、市都高度重视: one-character 中 and the level words 省, 市: no span

# ---- line 10
p.ent("PERSON", "廖伦志", line=10)
p.slogan("GROUP", "五区建设", line=10)               # “五区建设”: items not spelled out here

# ---- line 12
p.ent("PERSON", "廖伦志", line=12)
p.ent("ADMIN", "南充", line=12)

# ---- line 14
p.ent("ORG", "市政协", line=14)
p.ent("PERSON", "陈勇", line=14)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")          # 【2024-03-25】: a date-only line
p.block(6, 14, "BODY", article=1)

p.save()
