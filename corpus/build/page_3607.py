"""page-3607: 五原县人民政府 (wuyuan.gov.cn, 要闻动态 > 图片新闻), 2023-01-02, one article:
2022,我们这样走过 (year review by 五原县融媒体中心). Text as returned by the `pages` store, from its
title; the stored opening ends inside the second news item ("1月11日上午,五原县"), that cut
paragraph is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3607", "corpus/raw/pages/3607_wuyuan_2022_shida_xinwen.txt",
         publisher="五原县人民政府", date="2023-01-02", script="simplified", origin="pages")

# ---- line 2: meta line (decision 12: one BYLINE per labelled credit, timestamp outside)
p.byline("BYLINE", "来源:五原县融媒体中心", line=2)
p.byline("BYLINE", "作者:五原县融媒体中心", line=2)
p.ent("ORG", "五原县融媒体中心", line=2, nth=1)
p.ent("ORG", "五原县融媒体中心", line=2)

# ---- line 11
p.ent("ADMIN", "五原县", line=11)
p.ent("PERSON", "习近平", line=11)          # 习近平新时代中国特色社会主义思想 (中国 in a fixed term: no span)
p.ent("ORG", "市委", line=11)               # 市委、政府: bare 政府 gets no span (糜镇党委政府 precedent)

# ---- line 17
p.ent("ADMIN", "五原县", line=17)

# ---- line 21: item heading
p.ent("ADMIN", "五原县", line=21)
p.slogan("PARALLEL", "百企联百村建百园带万户", line=21)   # numeral-led parts (百企|百村|百园|万户), no items listed

# ---- line 23
p.ent("ADMIN", "五原县", line=23)
p.slogan("PARALLEL", "百企联百村建百园带万户", line=23)
p.slogan("PER_UNIT", "一村一品", line=23)
p.slogan("PARALLEL", "百企百园", line=23)                  # short form of the same campaign, quoted
p.ent("ADMIN", "五原", line=23, after="百企百园")          # 五原乡村振兴: bare county name

# ---- blocks (one article: a web page with one credit line)
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "PAGE")                 # 字体大小 / reading-time widget
p.block(5, 5, "HEADLINE", article=1)  # the title printed again (rule: HEADLINE both times)
p.block(7, 7, "SUBHEAD", article=1)   # 携手并进 | 共创未来, tagline under the title
p.block(9, 11, "BODY", article=1)
p.block(13, 17, "BODY", article=1)    # lead-in sentence broken into three short lines
p.block(19, 19, "CROSSHEAD", article=1)   # 盘点年度十大新闻
p.block(21, 21, "CROSSHEAD", article=1)   # first news item's title
p.block(23, 23, "BODY", article=1)
p.block(25, 25, "CROSSHEAD", article=1)   # second item's title (its body is cut off in the store)

p.save()
