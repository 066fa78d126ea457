"""page-3802: 盘锦市水利局 (slj.panjin.gov.cn, the bureau's own site; page footer 主办单位:盘锦市水利局),
published 2021-01-04 (address), one article: 盘锦市市级河长、副市长潘元松开展冬季巡河检查.
Text as returned by the `pages` store, from its title, footer included."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3802", "corpus/raw/pages/3802_panjin_slj_xunhe.txt",
         publisher="盘锦市水利局", date="2021-01-04", script="simplified", origin="pages")

# ---- line 1: headline (市级河长, 副市长: titles)
p.ent("ADMIN", "盘锦市", line=1)
p.ent("PERSON", "潘元松", line=1)

# ---- line 2
p.ent("ADMIN", "盘锦市", line=2)
p.ent("PERSON", "潘元松", line=2)
#   市直有关部门: generic; 辽河: a river, no span

# ---- line 3
p.ent("PERSON", "潘元松", line=3, nth=1)
p.ent("ADMIN", "盘山县", line=3, nth=1)
p.ent("ADMIN", "沙岭镇", line=3)                    # 富家浮桥: a place
p.ent("ADMIN", "坝墙子镇", line=3)
p.ent("ADMIN", "张家村", line=3)                    # 辽河封育区段: a river section
p.ent("ADMIN", "吴家镇", line=3)                    # 冷东桥, 兴安护岸, 兴安国考断面: sites, no span
p.slogan("GROUP", "四乱", line=3, nth=1)            # 四乱整治
p.ent("PERSON", "潘元松", line=3, nth=1)
p.slogan("GROUP", "四乱", line=3, nth=1)            # 四乱治理
p.ent("ORG", "县河长办", line=3)
p.ent("ORG", "县生态环境部门", line=3)               # one specific county body (seed-001 縣農機部門)
p.ent("ORG", "水利部门", line=3)                     # 县生态环境部门、水利部门: the shared 县 (decision 13)
p.ent("ADMIN", "盘山县", line=3, nth=1)              # 他对盘山县采取严格措施

# ---- line 4
p.ent("ADMIN", "盘山县", line=4)
p.slogan("PLAN", "十四五", line=4)

# ---- line 5
p.ent("ADMIN", "盘山县", line=5)
p.ent("PERSON", "潘元松", line=5)
p.ent("ADMIN", "兴隆台区", line=5, nth=1)
p.ent("ADMIN", "新工街道", line=5)
p.ent("ADMIN", "粮家村", line=5)
p.ent("ADMIN", "兴隆台区", line=5, nth=1)             # 兴隆台区清理河道违建房屋 (区级河长: title)
p.ent("ADMIN", "兴隆台区", line=5, nth=1)             # 兴隆台区要在保护湿地的前提下

# ---- line 6
p.ent("ORG", "市河长办", line=6)
p.ent("ORG", "市河湖警长办", line=6)
p.ent("ORG", "市卫生健康委", line=6)
#   县区政府: plural level words, no span

# ---- lines 7-9: site footer (host lines, ICP, telephone)
p.ent("ORG", "盘锦市水利局", line=7)
p.ent("ORG", "盘锦市人民政府办公室", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 6, "BODY", article=1)
p.block(7, 9, "PAGE")

p.save()
