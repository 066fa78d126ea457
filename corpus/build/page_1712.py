"""page-1712: 哈密市人民政府 (hami.gov.cn, 图片新闻), 新疆哈密市, 2021-09-25; one article from
哈密日报: 栉风沐雨谱华章 砥砺奋进新征程——喜迎哈密市第二次党代会.
Text as returned by the `pages` store, from its title; the last paragraph (在这块积淀着历史与
梦想的福地,在这方跃动着生机与活力的) was cut off mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1712", "corpus/raw/pages/1712_hami_dangdaihui_huazhang.txt",
         publisher="哈密市人民政府", date="2021-09-25", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "哈密市", line=1)                     # 哈密市第二次党代会: an event, unit inside (decision 2)

# ---- line 2: web meta line (editor + source)
p.ent("ORG", "哈密市融媒体中心", line=2)             # 编辑: an editor credit, no byline span (editor lines)
p.ent("ORG", "哈密日报", line=2)
p.byline("BYLINE", "来源:哈密日报")                  # decision 12: one span per labelled credit

# ---- captions (lines 7, 11, 15)
p.byline("PHOTO", "□融媒体中心记者李华摄", line=7)
p.ent("PERSON", "李华", line=7)                      # 融媒体中心: bare institution type, no ORG (decision 13)
p.ent("ADMIN", "哈密", line=11)                      # 哈密50兆瓦熔盐塔式光热发电站: facility, unit inside
p.byline("PHOTO", "□融媒体中心记者李华摄", line=11)
p.ent("PERSON", "李华", line=11)
#   市图书馆 (line 15): the square in front of it, a venue here
p.byline("PHOTO", "□融媒体中心记者李华摄", line=15)
p.ent("PERSON", "李华", line=15)

# ---- body
p.ent("ADMIN", "哈密", line=17)                      # 金秋的哈密
p.ent("ADMIN", "伊州区", line=19)
p.ent("ADMIN", "城北街道", line=19)
p.ent("ADMIN", "北郊路社区", line=19)
#   铁路三十五街: a street / residential area, no unit
p.ent("PERSON", "王淑芝", line=19)
p.ent("ADMIN", "巴里坤哈萨克自治县", line=21)
p.ent("ADMIN", "花园乡", line=21)
#   西湖草场: a pasture, a place
p.ent("ADMIN", "南园子村", line=21)
p.ent("PERSON", "邓贞民", line=21)
p.ent("ADMIN", "伊吾县", line=23)
p.ent("ADMIN", "盐池镇", line=23)
p.ent("ADMIN", "阿尔通盖村", line=23)
p.ent("ORG", "哈密市鑫源骞驴养殖专业合作社", line=23)  # a named cooperative (enterprise, from its unit)
p.ent("PERSON", "阿依恰西·努尔塔依", line=23)
p.ent("ADMIN", "哈密", line=25)                      # 哈密百姓

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)                   # 编辑:… 来源:哈密日报 (点击: ), date outside the span
p.block(3, 3, "PAGE")                                # [文章下载] [字号: ]
p.block(5, 5, "PAGE")                                # image file names (as page-1303/1304)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "PAGE")
p.block(11, 11, "CAPTION", article=1)
p.block(13, 13, "PAGE")
p.block(15, 15, "CAPTION", article=1)
p.block(17, 25, "BODY", article=1)

p.save()
