"""page-3910: 仁化发布 (WeChat account of 仁化县融媒体中心, 广东韶关; stored copy on wxredian.com),
2024-11-08: 省媒体到仁化县开展“奋战‘百千万工程’·看攻坚一线”主题采访活动. Text as returned by the
`pages` store, from its title, down to the account's footer (nothing cut off)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3910", "corpus/raw/pages/3910_renhua_baiqianwan_caifang.txt",
         publisher="仁化发布", date="2024-11-08", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "仁化县", line=1)
p.slogan("PARALLEL", "百千万工程", line=1)          # inside the campaign name 奋战‘百千万工程’·看攻坚一线

# ---- line 3: 文摘   2024-11-08 21:00   广东 (mirror's category tag, date, account location)
p.ent("ADMIN", "广东", line=3)

# ---- line 5
p.ent("ORG", "广东广播电视台", line=5)
p.ent("ORG", "韶关日报社", line=5)
p.ent("ORG", "韶关市广播电视台", line=5)
p.slogan("PARALLEL", "百千万工程", line=5, nth=1)   # 奋战‘百千万工程’·看攻坚一线
p.slogan("PARALLEL", "百千万工程", line=5, nth=1)   # 我县“百千万工程”特色成效
#   我县: no span

# ---- line 8
p.ent("ADMIN", "董塘镇", line=8)
p.ent("ADMIN", "高莲村", line=8)
p.ent("ADMIN", "董塘", line=8)                     # 董塘圩镇: the town's market centre (a place), unit inside
p.ent("ADMIN", "丹霞街道", line=8)
p.ent("ADMIN", "瑶塘", line=8)                     # 瑶塘新村: a new settlement of 瑶塘村, unit inside the place name
p.ent("ADMIN", "大桥镇", line=8)
#   金喆园: a site, no span
p.slogan("PARALLEL", "百千万工程", line=8)

# ---- line 11
p.ent("ADMIN", "董塘镇", line=11)
p.slogan("PARALLEL", "百千万工程", line=11)
#   典型镇, 该镇, 美丽圩镇: no span
p.slogan("PLUS", "1+4+7+9+N", line=11)             # items not spelled out: no expansion
p.ent("ADMIN", "董塘", line=11)                    # 董塘圩镇新地标
#   兴塘路, 红色文化广场, 文体广场, 四方井公园, 卫生院综合楼, 仁塘路…: places, no span
#   4条主要街道, 5要素: counts of things in prose, no formula; 省道S246: no span

# ---- line 13
p.slogan("PARALLEL", "百千万工程", line=13)
p.ent("ADMIN", "仁化", line=13, nth=1)             # 仁化特色
p.ent("ADMIN", "仁化", line=13, nth=1)             # 在仁化的所见所闻

# ---- line 17: closing credit 图文:县融媒体中心 谭国良 (text and pictures)
p.byline("CREDIT", "图文:县融媒体中心 谭国良", line=17)
p.ent("ORG", "县融媒体中心", line=17)
p.ent("PERSON", "谭国良", line=17)

# ---- lines 19, 21: editor lines (PAGE, names still PERSON)
p.ent("PERSON", "谢文怡", line=19)
p.ent("PERSON", "古燕霞", line=19)
p.ent("PERSON", "蔡权聪", line=21)

# ---- lines 23-25: the account's footer
p.ent("ORG", "仁化发布", line=23)                  # the county's own news outlet
p.ent("ADMIN", "仁化", line=24, nth=1)
p.ent("ADMIN", "仁化", line=24, nth=1)
p.ent("ADMIN", "仁化", line=24, nth=1)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                     # category tag + timestamp + location, no credit
p.block(5, 5, "BODY", article=1)
p.block(8, 8, "BODY", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "BODY", article=1)
p.block(17, 17, "BODY", article=1)        # a line holding only a CREDIT stays in its article's BODY
p.block(19, 19, "PAGE")                   # 编辑:… 校对…
p.block(21, 21, "PAGE")                   # 责编:…
p.block(23, 25, "PAGE")                   # account name, description, 最新文章

p.save()
