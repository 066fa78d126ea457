"""page-4513: 荣昌区融媒体中心's 荣昌文明实践 channel on the 重庆广电 platform (rcwmsj.cbg.cn; publisher
inferred, see notes), 2023, one article: the 2023 海外华文媒体高层川渝行 delegation in 荣昌.
Text as returned by the `pages` store, which begins without a title; the last line (a caption cut
off mid-sentence, 图为重庆荣昌区国家级生猪大数据中心内的智能猪场养…) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4513", "corpus/raw/pages/4513_rongchang_huawen_meiti.txt",
         publisher="荣昌区融媒体中心", date=None, script="simplified", origin="pages")

# ---- line 1 (荣昌 inside 繁荣昌盛 is a phrase, not the place: skipped with after=)
p.ent("ADMIN", "荣昌", line=1, after="得名")          # 自古荣昌
p.ent("ADMIN", "荣昌", line=1, after="成就了")        # 荣昌独特的地域文化
#   巴渝, 蜀: a region and a one-character name, no span

# ---- line 2
p.ent("ORG", "重庆市委统战部", line=2)
p.ent("ORG", "重庆市委宣传部", line=2)
p.ent("ORG", "四川省委统战部", line=2)
p.ent("ORG", "四川省委宣传部", line=2)
p.ent("ORG", "中国新闻社", line=2)
p.ent("ADMIN", "中国", line=2, after="行走")          # “行走中国·…川渝行”: a unit in an event's name
p.ent("ADMIN", "重庆", line=2, after="走进")
p.ent("ADMIN", "荣昌", line=2)

# ---- line 3
p.ent("ORG", "重庆荣昌区政府", line=3)                # the admin prefix stays inside the ORG
p.ent("PERSON", "万容", line=3)
p.ent("ADMIN", "荣昌", line=3, every=True)            # 荣昌自古以来, 当前的荣昌

# ---- line 4: products named after places (decision 2)
p.ent("ADMIN", "荣昌", line=4)
p.ent("ADMIN", "安富", line=4)                        # 安富陶: 荣昌's 安富街道
p.ent("ADMIN", "宜兴", line=4)
p.ent("ADMIN", "云南", line=4)
p.ent("ADMIN", "建水", line=4)
p.ent("ADMIN", "广西", line=4)
p.ent("ADMIN", "钦州", line=4)
p.ent("ADMIN", "中国", line=4)                        # “中国四大名陶”: a title; 四大名陶 counts things, no formula

# ---- lines 5-6
p.ent("ADMIN", "荣昌", line=5, every=True)            # 荣昌陶器, 荣昌陶产业 (德国: foreign, no span)
p.ent("ADMIN", "荣昌", line=6)                        # 荣昌夏布

# ---- line 11: caption with its photo credit
p.ent("ADMIN", "万灵", line=11)                       # 万灵古镇 -> the town (decision 2, like 大阳古镇)
#   湖广会馆: a venue; 湖广 is a historical province, no span
p.ent("PERSON", "李可怡", line=11)
p.byline("PHOTO", "李可怡 摄", line=11)

# ---- line 12
p.ent("ADMIN", "万灵", line=12)
p.ent("ADMIN", "四川", line=12)                       # “两湖”“两广”: groups of provinces, no span, no formula

# ---- line 14: caption
p.ent("ADMIN", "万灵", line=14)
p.ent("PERSON", "李可怡", line=14)
p.byline("PHOTO", "李可怡 摄", line=14)

# ---- line 16: titles the town received
p.ent("ADMIN", "中国", line=16)                       # “中国历史文化名镇”
p.ent("ADMIN", "重庆市", line=16)                     # “重庆市十大最美古镇”: an award list, no formula

# ---- blocks (one article; the stored page has no title)
p.block(1, 8, "BODY", article=1)
p.block(9, 10, "CROSSHEAD", article=1)      # 【文化厚重之城】 / ——移民水乡,康乐古镇
p.block(11, 11, "CAPTION", article=1)
p.block(12, 13, "BODY", article=1)
p.block(14, 14, "CAPTION", article=1)
p.block(15, 16, "BODY", article=1)
p.block(17, 18, "CROSSHEAD", article=1)     # 【新兴产业之城】 / ——做好生猪产业链 (its text was cut off)

p.save()
