"""page-4101: 绛县 county paper (e-paper sxjxsyb.com, 2021 issue 23, page 3; publisher inferred as
绛县融媒体中心), one article: 绛县乡村振兴局正式挂牌成立. Text as returned by the `pages` store, from its
title (the e-paper navigation line above the title is left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4101", "corpus/raw/pages/4101_jiangxian_xiangcunzhenxing_guapai.txt",
         publisher="绛县融媒体中心", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "绛县乡村振兴局", line=1)

# ---- line 3: bare source tag + first paragraph
p.byline("BYLINE", "本报讯", line=3)
p.ent("ORG", "县委", line=3, after="经")                 # 经县委、县政府批准
p.ent("ORG", "县政府", line=3)
p.ent("ORG", "绛县乡村振兴局", line=3)
p.ent("ORG", "县委", line=3, after="正式挂牌成立。")     # 县委书记解芳
p.ent("PERSON", "解芳", line=3)
p.ent("ORG", "县委", line=3, after="解芳、")             # 县委副书记解伟龙
p.ent("PERSON", "解伟龙", line=3)
p.ent("ORG", "县乡村振兴局", line=3)
p.ent("ORG", "县人大常委会", line=3)
p.ent("PERSON", "孙晓", line=3)
p.ent("ORG", "县政协", line=3)
p.ent("PERSON", "董宏运", line=3)
#   政府副县长: bare 政府 is an institution type (decision 13), no span
p.ent("PERSON", "王大风", line=3)

# ---- line 5: the speech
p.ent("PERSON", "解芳", line=5)
p.ent("ORG", "县乡村振兴局", line=5)
p.ent("PERSON", "习近平", line=5)
#   全国脱贫攻坚总结表彰大会: an event, no span
p.ent("ORG", "中央", line=5)                            # 落实中央、省委、市委和县委…的决策部署 (acts: issues)
p.ent("ORG", "省委", line=5)
p.ent("ORG", "市委", line=5)
p.ent("ORG", "县委", line=5)
#   “上下同心、尽锐出战…”, “我为群众办实事”, 早发现、早干预、早帮扶, “产业兴旺…生活富裕”,
#   “懂农业、爱农村、爱农民…”: lists and slogans without a numeral, no formula span

# ---- line 7
p.ent("PERSON", "解伟龙", line=7)

# ---- line 9
p.ent("ORG", "县委办", line=9)
p.ent("PERSON", "徐凌杰", line=9)

# ---- line 11: closing credit line without brackets (CREDIT, stays BODY)
p.byline("CREDIT", "齐晓兵 范红霞", line=11)
p.ent("PERSON", "齐晓兵", line=11)
p.ent("PERSON", "范红霞", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "BODY", article=1)

p.save()
