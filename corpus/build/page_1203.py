"""page-1203: 衡东县融媒体中心 (湖南), 【乡村振兴大家谈】石湾镇, 2025-04-23.

Source: http://www.newshdx.cn/content/13556375 (pages store). The stored page's last
paragraph (三是精细治理…) is cut off mid-sentence and was dropped; see page_1203_notes.md.
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1203", "corpus/raw/pages/1203_hengdong_shiwan.txt",
         publisher="衡东县融媒体中心", date="2025-04-23", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---------------------------------------------------------------- spans
# line 1: headline
p.ent("ADMIN", "石湾镇", line=1)
# line 2: web meta line
p.ent("ORG", "衡东县融媒体中心", line=2)
p.ent("PERSON", "董丹丹", line=2)
# line 4: byline + first paragraph
p.ent("ORG", "衡东融媒", line=4)                 # source tag 衡东融媒…讯 (like 甘州融媒讯)
p.ent("PERSON", "黄波", line=4)
p.ent("PERSON", "谭琳", line=4)
p.ent("ADMIN", "衡东县", line=4, nth=1)          # 衡东县乡村发展
p.ent("ORG", "石湾镇党委", line=4)               # 石湾镇党委书记廖吉献 (before the bare 石湾镇 hits)
p.ent("ADMIN", "衡东县", line=4)                 # 衡东县石湾镇
p.ent("ADMIN", "石湾镇", line=4, nth=1)          # 衡东县|石湾镇
p.ent("ADMIN", "石湾镇", line=4, nth=1)          # 站在新起点,石湾镇将…
p.ent("ADMIN", "衡东", line=4)                   # 助力衡东实现
p.ent("PERSON", "廖吉献", line=4)
# line 6: quote
p.ent("ORG", "县委", line=6)                     # 县委‘1136’…战略
p.ent("ORG", "石湾镇党委", line=6)
p.ent("ADMIN", "石湾", line=6, every=True)       # 实力石湾、魅力石湾、活力石湾 (3)
p.ent("PERSON", "廖吉献", line=6)
# line 10
p.ent("ADMIN", "石湾", line=10)                  # “石湾味道”品牌计划

# ---------------------------------------------------------------- slogans
p.slogan("PARALLEL", "1136", line=6)             # quoted code of digits (like 省委“1310”)
p.slogan("PARALLEL", "一主两翼", line=10)        # items not spelled out: no expansion
p.slogan("GROUP", "三产融合", line=10)           # 一二三产业融合, like 三警融合

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "来源:衡东县融媒体中心", line=2)
p.byline("BYLINE", "衡东融媒4月23日讯(融媒体记者 黄波 谭琳)", line=4)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 10, "BODY", article=1)

p.save()
