"""page-2404: 今日福安 (福安市's paper, its item carried in the 新福建 app channel 新福安 on fjdaily.com),
2021-07-23, one article: 福安市领导赴甘棠松罗溪柄检查指导防台防汛和当前重点工作. Text as returned by the
`pages` store, from its first line; the last paragraph (a caption cut after its first character, 与)
dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2404", "corpus/raw/pages/2404_fuan_zhouxiangqi_diaoyan.txt",
         publisher="今日福安", date="2021-07-23", script="simplified", origin="pages")

# ---- line 1: breadcrumb of the app channel 新福安 (PAGE): the unit inside the channel's name
p.ent("ADMIN", "福安", line=1)

# ---- line 3: headline (福安市领导: ADMIN + title; the three towns run together)
p.ent("ADMIN", "福安市", line=3)
p.ent("ADMIN", "甘棠", line=3)
p.ent("ADMIN", "松罗", line=3)
p.ent("ADMIN", "溪柄", line=3)

# ---- line 4: a medium alone with its timestamp -> the page's source line, BYLINE on the medium
p.byline("BYLINE", "今日福安", line=4)
p.ent("ORG", "今日福安", line=4)

# ---- line 6
p.ent("ORG", "福安市委", line=6)
p.ent("PERSON", "周祥祺", line=6)
p.ent("ADMIN", "甘棠", line=6)
p.ent("ADMIN", "松罗", line=6)
p.ent("ADMIN", "溪柄", line=6)
#   “我为群众办实事”, “再学习、再调研、再落实”: no numeral, no formula
p.ent("ORG", "福安市委", line=6)
p.ent("PERSON", "雷春雄", line=6)
p.ent("ADMIN", "甘棠", line=6)

# ---- line 10: caption (甘棠镇区: the town's centre, ADMIN 甘棠镇 like X县城 -> X县)
p.ent("ADMIN", "甘棠镇", line=10)

# ---- line 12
p.ent("PERSON", "周祥祺", line=12)
p.ent("ADMIN", "甘棠镇", line=12)
#   贝头溪: a stream; 该镇: deictic
p.ent("PERSON", "周祥祺", line=12)
p.slogan("PLAN", "十四五", line=12)

# ---- line 14
p.ent("PERSON", "周祥祺", line=14)
p.ent("ADMIN", "甘棠", line=14)
#   地方党委、政府: generic
p.ent("ADMIN", "甘棠", line=14)

# ---- line 18: caption
p.ent("ADMIN", "松罗乡", line=18)
p.ent("ADMIN", "后洋村", line=18)

# ---- line 20
p.ent("ADMIN", "松罗乡", line=20)
p.ent("PERSON", "周祥祺", line=20)
p.ent("ADMIN", "后洋村", line=20)
#   知青纪念馆: a venue; 乡便民服务中心: a bare institution type; 该乡: deictic
p.ent("PERSON", "周祥祺", line=20)
p.ent("ADMIN", "松罗", line=20)

# ---- blocks
p.block(1, 1, "PAGE")                  # breadcrumb 首页>新福安
p.block(2, 2, "PAGE")                  # 标题图: image placeholder
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "BYLINE", article=1)     # timestamp + medium
p.block(6, 6, "BODY", article=1)
p.block(8, 8, "PAGE")                  # 图片: image placeholder
p.block(10, 10, "CAPTION", article=1)
p.block(12, 12, "BODY", article=1)
p.block(14, 14, "BODY", article=1)
p.block(16, 16, "PAGE")                # 图片
p.block(18, 18, "CAPTION", article=1)
p.block(20, 20, "BODY", article=1)
p.block(22, 22, "PAGE")                # 图片 (its caption is the dropped, cut paragraph)

p.save()
