"""page-3514: 中国网 (china.com.cn), 海峡频道 (fj.china.com.cn, mobile article page), 2022-01-22,
one article: 福建松溪:福建省文化科技卫生开展“三下乡”志愿服务活动. Text as returned by the `pages`
store, from its title; its last stored paragraph (当天,受省“三下乡”活动组委会…留守儿童) breaks off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3514", "corpus/raw/pages/3514_songxi_sanxiaxiang.txt",
         publisher="中国网", date="2022-01-22", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "福建", line=1)                     # 福建松溪: two bare unit names
p.ent("ADMIN", "松溪", line=1)
p.ent("ADMIN", "福建省", line=1)
# 文化科技卫生“三下乡”: the three items are printed right before the formula; first mention = headline
(s,) = p.slogan("GROUP", "三下乡", line=1)
lo, hi = p.line_bounds[0]
s["expansion"] = [list(p.find_all(it, lo, hi)[0]) for it in ["文化", "科技", "卫生"]]
assert all(a < s["start"] for a, b in s["expansion"])

# ---- line 3: the page's source line for this one article
p.byline("BYLINE", "来源:中国网海峡频道", line=3)    # timestamp outside (decision 12)
p.ent("ORG", "中国网海峡频道", line=3)               # a portal's channel joins the portal (鳳凰網四川頻道)

# ---- line 5: source tag + first paragraph
p.byline("BYLINE", "中国网福建讯", line=5)
p.ent("ORG", "中国网", line=5)                      # medium in its source tag
p.ent("ADMIN", "福建", line=5)                      # place in the source tag (山西新闻网晋城讯 -> 晋城)
p.ent("ADMIN", "福建省", line=5)                    # 2022年福建省文化科技卫生“三下乡”活动
p.slogan("GROUP", "三下乡", line=5)
p.ent("ADMIN", "松溪县", line=5)
p.ent("ADMIN", "郑墩镇", line=5)
p.ent("ADMIN", "梅口村", line=5)
p.ent("ORG", "县委", line=5)                        # 县委常委 -> ORG 县委 (shortened title keeps its organ)
p.ent("ORG", "宣传部", line=5)                      # 宣传部长 -> ORG 宣传部
p.ent("PERSON", "陈建斌", line=5)

# ---- line 9: caption
p.ent("ADMIN", "福建省", line=9)
p.slogan("GROUP", "三下乡", line=9)
p.byline("PHOTO", "周燕兰 摄", line=9)
p.ent("PERSON", "周燕兰", line=9)

# ---- line 11
p.slogan("GROUP", "三下乡", line=11)
#   “福星高照、福佑中华”: a greeting, 中华 names no unit

# ---- line 15, 21: captions
p.byline("PHOTO", "周燕兰 摄", line=15)
p.ent("PERSON", "周燕兰", line=15)
p.byline("PHOTO", "周燕兰 摄", line=21)
p.ent("PERSON", "周燕兰", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # 来源:… | timestamp: one article's meta line (decision 12)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")                   # 图片1.jpg: picture placeholder / file name
p.block(9, 9, "CAPTION", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "PAGE")                 # 图片2.jpg
p.block(15, 15, "CAPTION", article=1)
p.block(17, 17, "BODY", article=1)
p.block(19, 19, "PAGE")                 # 图片3.jpg
p.block(21, 21, "CAPTION", article=1)
p.block(23, 23, "BODY", article=1)

p.save()
