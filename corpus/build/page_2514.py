"""page-2514: 惠州日报 (e.hznews.com, e-paper, 2025-12-22), one article on 惠阳区 and the
“百千万工程”. The `pages` store keeps the article from its two photo captions on (no headline is
stored); its last paragraph (“以前企业找地难…工业投资57.75亿) is cut off mid-sentence and was
dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2514", "corpus/raw/pages/2514_huizhou_huiyang_baiqianwan.txt",
         publisher="惠州日报", date="2025-12-22", script="simplified", origin="pages")

# ---- line 1: caption + photo credit
p.ent("ADMIN", "惠阳", line=1)                      # 惠阳淡水半岛滨水公园: units inside a park's name (decision 2)
p.ent("ADMIN", "淡水", line=1)                      # 淡水 = 淡水街道 of 惠阳区
p.byline("PHOTO", "惠州东江图片社供图", line=1)     # (X提供)-like attribution (decision 9)
p.ent("ORG", "惠州东江图片社", line=1)

# ---- line 2: caption + photo credit
p.ent("ADMIN", "镇隆镇", line=2)
p.ent("ADMIN", "镇隆", line=2, after="销售")         # 镇隆荔枝: unit inside a product's name
p.byline("PHOTO", "惠州日报记者许文昌 摄", line=2)
p.ent("ORG", "惠州日报", line=2)
p.ent("PERSON", "许文昌", line=2)

# ---- line 3
p.ent("ADMIN", "惠阳区", line=3)
p.ent("ADMIN", "淡水", line=3, nth=1)               # 淡水墟: the old market town of 淡水
#   士林号, 蕉绿象: shop brands named with their dishes, no ORG; 淡水河: a river, no span

# ---- line 4
#   淡水河千年古圩: river, no span
p.slogan("PARALLEL", "百千万工程", every=True)      # 百县千镇万村高质量发展工程 (two mentions on line 4)
p.ent("ADMIN", "惠阳", line=4)                      # 惠阳三年来
#   “双子星”: a metaphor (twin parks), no formula; 临深临莞: one-character short forms, no span

# ---- line 5-7: crosshead (no names)

# ---- line 8
p.ent("ORG", "广东德创新材料有限公司", line=8)
p.ent("PERSON", "江旺", line=8)
p.ent("ADMIN", "深圳", line=8)
p.ent("ADMIN", "惠阳", line=8)                      # 惠阳(新圩)智能制造产业园: units inside a park's name
p.ent("ADMIN", "新圩", line=8)                      # 新圩镇
#   梅龙湖智能制造产业新城: a place, no span

# ---- line 9
p.ent("ADMIN", "惠阳", line=9, nth=1)               # 惠阳的产业突围
#   深莞惠红色干线: one-character short forms, no span
p.ent("ADMIN", "惠阳", line=9, nth=1)               # 惠阳(象岭)智慧科技产业园; 象岭 is no unit
p.ent("ADMIN", "惠阳", line=9, nth=1)               # 惠阳(新圩)智能制造产业园
p.ent("ADMIN", "新圩", line=9)
p.ent("ADMIN", "深圳", line=9)                      # “南融深圳、西接东莞”
p.ent("ADMIN", "东莞", line=9)

# ---- blocks
p.block(1, 2, "CAPTION", article=1)
p.block(3, 4, "BODY", article=1)
p.block(5, 7, "CROSSHEAD", article=1)
p.block(8, 9, "BODY", article=1)

p.save()
