"""page-5310: 自贡网 (zgm.cn, site of 自贡日报 / 自贡市融媒体中心), 2025-06-19, one article:
【和美乡村·记者蹲点】三多寨镇八甲村:“云端”治理连民心 “线下”产业富乡邻.
Text as returned by the `pages` store, from its title; its cut last paragraph was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5310", "corpus/raw/pages/5310_zigong_sanduozhai_bajia.txt",
         publisher="自贡网", date="2025-06-19", script="simplified", origin="pages")

# ---- line 1: headline with its series banner
p.ent("ADMIN", "三多寨镇", line=1)
p.ent("ADMIN", "八甲村", line=1)

# ---- line 3: the medium with its timestamp (the page's source line)
p.byline("BYLINE", "自贡网", line=3)
p.ent("ORG", "自贡网", line=3)

# ---- line 11: credit of the video whose poster is the picture file above it
p.byline("PHOTO", "视频/宋姿熠", line=11)
p.ent("PERSON", "宋姿熠", line=11)

# ---- line 13: byline under the title
p.byline("BYLINE", "自贡融媒记者 邓莉 王汉卿", line=13)
p.ent("ORG", "自贡融媒", line=13)
p.ent("PERSON", "邓莉", line=13)
p.ent("PERSON", "王汉卿", line=13)

# ---- line 15
p.ent("ADMIN", "大安区", line=15)
p.ent("ADMIN", "三多寨镇", line=15)
p.ent("ADMIN", "八甲村", line=15)
p.ent("ORG", "村党支部", line=15)                  # this village's branch (decision 5)
p.ent("PERSON", "陈刚", line=15)
#   “百姓富、生态美、乡风淳”: no numeral, no formula

# ---- captions, lines 18, 20, 25
p.ent("ADMIN", "三多寨", line=18)                   # 三多寨八甲村: the town by its short name
p.ent("ADMIN", "八甲村", line=18)
p.byline("PHOTO", "记者 宋姿熠 摄", line=18)
p.ent("PERSON", "宋姿熠", line=18)
p.byline("PHOTO", "记者 宋姿熠 摄", line=20)
p.ent("PERSON", "宋姿熠", line=20)
p.byline("PHOTO", "记者 宋姿熠 摄", line=25)
p.ent("PERSON", "宋姿熠", line=25)

# ---- line 22
p.ent("PERSON", "肖友芳", line=22)
#   积分超市: a shop; “川善治”线上平台: a platform (programme), no span

# ---- line 27
p.ent("PERSON", "陈刚", line=27)
p.ent("ADMIN", "八甲村", line=27)
#   “积分制+清单制+数字化”: no numeral, no PLUS formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 2025-06-19 17:17 自贡网
p.block(5, 5, "PAGE")                  # 0 (comment counter)
p.block(7, 7, "PAGE")                  # 分享
p.block(9, 9, "PAGE")                  # picture file name
p.block(11, 11, "CAPTION", article=1)  # 视频/宋姿熠
p.block(13, 13, "BYLINE", article=1)
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "PAGE")
p.block(18, 18, "CAPTION", article=1)
p.block(19, 19, "PAGE")
p.block(20, 20, "CAPTION", article=1)
p.block(22, 22, "BODY", article=1)
p.block(24, 24, "PAGE")
p.block(25, 25, "CAPTION", article=1)
p.block(27, 27, "BODY", article=1)

p.save()
