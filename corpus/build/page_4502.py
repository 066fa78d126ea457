"""page-4502: 瓯海新闻网 (ohnews.cn, news site of 温州市瓯海区), 2025-09-08, one article:
曾瑞华督查园博园建设进展情况. Text as returned by the `pages` store, from its title (the site's
navigation bar above the title is left out); the stored page is complete down to its repost line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4502", "corpus/raw/pages/4502_ouhai_zengruihua_yuanboyuan.txt",
         publisher="瓯海新闻网", date="2025-09-08", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "曾瑞华", line=1)                   # 园博园: a venue, no span

# ---- line 3: date + medium + reporters (the page's byline)
p.byline("BYLINE", "瓯海新闻网 记者 陈杨杨 许凯光", line=3)   # date outside (decision 12)
p.ent("ORG", "瓯海新闻网", line=3)
p.ent("PERSON", "陈杨杨", line=3)
p.ent("PERSON", "许凯光", line=3)

# ---- lines 7-9: the site's source widget, label and value on lines of their own
p.byline("BYLINE", "来源 瓯海新闻网", after=50)     # one labelled credit, label included (decision 12)
p.ent("ORG", "瓯海新闻网", line=9)

# ---- line 13
p.ent("ORG", "瓯海区委", line=13)                   # 瓯海区委书记 -> ORG + title
p.ent("PERSON", "曾瑞华", line=13)
for name in ["吴雪梅", "林显斌", "张昶", "金朝辉"]:
    p.ent("PERSON", name, line=13)

# ---- line 15
p.ent("ADMIN", "潘桥街道", line=15)
p.ent("PERSON", "曾瑞华", line=15, nth=1)           # 曾瑞华一行
p.ent("ADMIN", "瓯海", line=15)                     # 瓯海大道: unit inside a road's name (decision 2)
p.ent("ADMIN", "福州", line=15)                     # 福州路: likewise (decision 2, see notes)
p.ent("PERSON", "曾瑞华", line=15, nth=1)           # 曾瑞华指出

# ---- line 17
p.ent("ORG", "区西部生态新城建设中心", line=17)
p.ent("ORG", "区农业农村局", line=17)
p.ent("ADMIN", "潘桥街道", line=17)                 # 潘桥街道等相关单位: the street as a unit
p.ent("ADMIN", "瓯海", line=17)                     # 瓯海大道
p.ent("ADMIN", "福州", line=17)                     # 福州路
p.ent("PERSON", "曾瑞华", line=17)                  # 横塘片, 繁盛路, 农高园: places, no span

# ---- line 19: editor line
p.ent("PERSON", "夏卢克", line=19)

# ---- line 21: repost line naming the source
p.byline("BYLINE", "本文转自:瓯海新闻网", line=21)   # labelled source credit; the URL is nothing
p.ent("ORG", "瓯海新闻网", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "PAGE")                   # 2025 (a date alone)
p.block(7, 7, "BYLINE", article=1)      # 来源
p.block(9, 9, "BYLINE", article=1)      # 瓯海新闻网
p.block(11, 11, "PAGE")                 # 分享
p.block(13, 17, "BODY", article=1)
p.block(19, 19, "PAGE")                 # 编辑: (editor line)
p.block(21, 21, "BYLINE", article=1)    # 本文转自:瓯海新闻网 ohnews.cn

p.save()
