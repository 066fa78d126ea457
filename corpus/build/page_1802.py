"""page-1802: 吕梁日报 (e-paper on 吕梁新闻网, sxllnews.cn), 2025-07-06 (edition date from the url),
one article: 产业赋能绘底色 文明铸魂谱新篇 ——临县城庄镇创建“全国文明镇”纪实. Text as returned by the
`pages` store, from its title; its last paragraph (除了香菇产业,…“一区五园”农文旅康融合示范区更是亮点)
is cut off mid-sentence by the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1802", "corpus/raw/pages/1802_lvliang_chengzhuang_wenming.txt",
         publisher="吕梁日报", date="2025-07-06", script="simplified", origin="pages")

# ---- line 2: subhead
p.ent("ADMIN", "临县", line=2)
p.ent("ADMIN", "城庄镇", line=2)                   # “全国文明镇”: a title, not a formula

# ---- line 3: photo caption
p.ent("ADMIN", "临县", line=3)
p.ent("ADMIN", "城庄镇", line=3)
p.byline("PHOTO", "刘亮亮 摄", line=3)
p.ent("PERSON", "刘亮亮", line=3)

# ---- line 4: byline
p.byline("BYLINE", "□ 本报记者 韩笑", line=4)      # 本报 never ORG
p.ent("PERSON", "韩笑", line=4)

# ---- line 5
p.ent("ADMIN", "临县", line=5)
p.ent("ADMIN", "城庄镇", line=5)
#   line 6: 全国枣木香菇产业强镇, 省级文明乡镇: honours, no unit named

# ---- line 8
p.ent("ADMIN", "城庄镇", line=8, nth=1)
p.ent("ORG", "山西菇隆农牧业发展有限公司", line=8)  # an enterprise named in full, 山西 inside the ORG
p.ent("PERSON", "王海燕", line=8, every=True)      # three mentions
p.ent("ADMIN", "城庄镇", line=8)                   # 在城庄镇还有很多 (first one already taken)
#   菌棒深加工中心: a facility, no span

# ---- line 9
p.ent("ADMIN", "城庄镇", line=9)                   # “特”字诀: no numeral, no formula
p.ent("ADMIN", "临县", line=9)                     # “临县香菇”: a product brand, unit inside it (decision 2)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(4, 4, "BYLINE", article=1)
p.block(5, 6, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(8, 9, "BODY", article=1)

p.save()
