"""page-5512: 上海市普陀区人民政府 (shpt.gov.cn), 宜川路街道 channel (社区动态), 2024-08-05, 来源: 宜川路街道:
苏河零距离,聆听港胞之声!“学友社·长三角”考察团走进宜川. Text as returned by the `pages` store, from its
title; the date/source meta line is glued to the first paragraph in the stored page and is kept so."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5512", "corpus/raw/pages/5512_shpt_yichuan_xueyoushe.txt",
         publisher="上海市普陀区人民政府", date="2024-08-05", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline. 苏河 (Suzhou Creek), 港胞: no span; 长三角 is a region, no unit;
#      学友社 (the Hong Kong youth association) named inside its delegation's name -> ORG; the 考察团 is no ORG
p.ent("ORG", "学友社", line=1)
p.ent("ADMIN", "宜川", line=1)                    # short for 宜川路街道

# ---- line 2: date + source meta glued to the first paragraph (one BODY line)
p.byline("BYLINE", "来源: 宜川路街道", line=2)      # labelled source credit; the date stays outside
p.ent("ADMIN", "宜川路街道", line=2, nth=1)        # a unit credited as source is the place
p.ent("ADMIN", "香港", line=2)
p.ent("ORG", "宜川路街道征集办", line=2)           # the street's office, one ORG with its prefix
p.ent("ORG", "上海宋庆龄基金会", line=2)
p.ent("ORG", "学友社", line=2)
p.ent("ADMIN", "宜川路街道", line=2, after="考察团来到")

# ---- line 4: 半马苏河驿站·1690党群服务中心 (a venue), 中远两湾城 (an estate), 苏河步道, 香溢片区: no span
p.ent("ORG", "学友社", line=4)
p.ent("ADMIN", "香港", line=4)

# ---- line 5
p.ent("ORG", "中远两湾城第三居民区党总支", line=5)   # organ of a named place, one ORG; 书记 is a title
p.ent("PERSON", "恽梅", line=5)
p.ent("ADMIN", "宜川", line=5)                    # 宜川地区

# ---- line 7: 15分钟…生活圈: minutes, no formula
p.ent("ORG", "街道服务办", line=7)                 # level word + office (like 镇政府)
p.ent("PERSON", "高鹏飞", line=7, nth=1)
p.ent("PERSON", "高鹏飞", line=7, nth=1)
p.ent("ADMIN", "上海", line=7)
p.slogan("PARALLEL", "一老一小", line=7)          # two numeral-led parts; items not spelled out
p.ent("ADMIN", "宜川", line=7)

# ---- lines 9-11: 两地 no span; 居委会 (generic) no span; 沪 (one character) never ADMIN; 大陆 no unit
p.ent("ADMIN", "香港", line=10)
p.ent("ADMIN", "上海", line=10, nth=1)
p.ent("ADMIN", "上海", line=10, nth=1)
p.ent("ADMIN", "香港", line=11)
p.ent("ADMIN", "上海", line=11)                   # 报考上海的大学

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BODY", article=1)       # meta (date, 来源) glued to the first paragraph: the line is body
p.block(4, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 11, "BODY", article=1)      # 社工服务 / 基础设施…: a line break inside a sentence, same paragraph
p.block(12, 12, "PAGE")                # a related-link title after the article (site furniture)

p.save()
