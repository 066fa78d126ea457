"""page-2607: 重庆三峡融媒体中心 (万州手机台, wanzhou.cbg.cn), 2021-03-10, one article:
“寻访红色印记”全媒体采访行动启动. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2607", "corpus/raw/pages/2607_wanzhou_xunfang_hongse.txt",
         publisher="重庆三峡融媒体中心", date="2021-03-10", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "万州手机台讯 (记者 周志华)")
p.ent("ORG", "万州手机台", line=5)                 # the medium in the source tag (one ORG, city-named medium)
p.ent("PERSON", "周志华", line=5)
p.ent("ORG", "中国共产党", line=5)                 # 中国共产党成立100周年
p.ent("ORG", "重庆三峡融媒体中心", line=5)
p.ent("ORG", "区委党史和地方志研究室", line=5)      # one body, 和 inside its name
p.ent("ORG", "中共", line=5)                       # 中共党史: the Party named inside the field's name
p.ent("ADMIN", "万州", line=5, nth=1)              # 万州经济社会发展史
p.ent("ORG", "中国共产党", line=5)                 # 中国共产党在万州
p.ent("ADMIN", "万州", line=5)                     # 在万州的光辉历史

# ---- line 8
p.ent("ORG", "重庆三峡融媒体中心", line=8)
p.ent("ORG", "中国共产党", line=8, every=True)     # 中国共产党在万州 / 中国共产党带领人民
p.ent("ADMIN", "万州", line=8, every=True)         # 在万州的光辉历史 / 谱写万州高质量发展

# ---- line 11
p.ent("ORG", "重庆三峡融媒体中心", line=11)
p.ent("ORG", "中国共产党", line=11)                # 中国共产党百年光辉历程
p.ent("ADMIN", "万州", line=11, every=True)        # 万州的红色文脉 / 万州元素 / 万州贡献

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")          # 发布日期: a date-only meta line
p.block(5, 5, "BODY", article=1)
p.block(8, 8, "BODY", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "PAGE")        # image file name (QQ截图….jpg)

p.save()
