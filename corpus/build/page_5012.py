"""page-5012: 红河日报's site 红河网 (hh.cn, 时政要闻), 2023-03-29, one article by 王陶 and 沈娅洁:
云上梯田·梦想红河——令人向往,散发无限生机与魅力 (红河哈尼族彝族自治州, 云南). Text as returned by the
`pages` store, from its title (the site's navigation bar above it left out); the last paragraph
(在红河南部,…5年前,电影《芳) is cut mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5012", "corpus/raw/pages/5012_honghe_yunshang_titian.txt",
         publisher="红河日报", date="2023-03-29", script="simplified", origin="pages")

# ---- lines 1-3: title deck
p.ent("ADMIN", "红河", line=1)                       # 梦想红河: the prefecture inside a brand/series name

# ---- line 5: web meta line
p.byline("BYLINE", "作者:王陶 沈娅洁", line=5)
p.ent("PERSON", "王陶", line=5)
p.ent("PERSON", "沈娅洁", line=5)
p.byline("BYLINE", "来源: 红河网", line=5)            # timestamp outside
p.ent("ORG", "红河网", line=5)

# ---- line 9: caption of the first picture
p.ent("ADMIN", "弥勒市", line=9)                      # 太平湖: a lake, no span
p.byline("PHOTO", "李家庆 摄", line=9)
p.ent("PERSON", "李家庆", line=9)

# ---- line 11
p.ent("ADMIN", "红河", line=11, nth=1)                # 红河大地
p.ent("ADMIN", "云南", line=11)                       # “有一种叫云南的生活”: unit inside a campaign name
p.ent("ADMIN", "红河", line=11, after="生活”的")      # 红河模样
#   滔滔红河水: the river, no span; 哀牢山: a mountain, no span

# ---- line 13
p.ent("ADMIN", "红河", line=13, nth=1)                # 独此一份的“红河”印记
p.ent("ADMIN", "河口", line=13)                       # 河口口岸: the county inside a port's name (decision 2)
p.ent("ADMIN", "金水河", line=13)                     # 金水河口岸: the township (金平县金水河镇) inside a port's name
p.ent("ADMIN", "红河州", line=13)
p.ent("ORG", "全国人大", line=13)                     # 全国人大代表: the national body (22NN rule)
p.ent("ORG", "全国政协", line=13)                     # 全国政协委员
#   全国两会: a count of meetings, no formula, no body
p.ent("ADMIN", "红河", line=13, after="推介")         # 红河紫陶: unit inside a product's name
p.ent("ADMIN", "蒙自", line=13)                       # 蒙自过桥米线: unit inside a product's name
p.ent("ADMIN", "红河", line=13, after="热情的")       # 极具活力与热情的“红河”

# ---- line 17: caption of the second picture
p.ent("ADMIN", "元阳", line=17)                       # 元阳梯田: the county inside a site's name
p.byline("PHOTO", "卢维前 摄", line=17)
p.ent("PERSON", "卢维前", line=17)

# ---- line 19
p.ent("ADMIN", "红河", line=19, nth=1)                # 魅力红河
p.slogan("PARALLEL", "三千四百年", line=19)           # “三千四百年”文化名片: three 千年 and four 百年 heritages
p.ent("ADMIN", "红河", line=19, after="诉说着")       # 红河前世今生

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)    # 云上梯田·梦想红河—— / 令人向往,…: one title broken over two lines
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)      # 作者:… 来源:… 时间:… (decision 12)
p.block(7, 7, "PAGE")                   # picture file name
p.block(9, 9, "CAPTION", article=1)
p.block(11, 13, "BODY", article=1)
p.block(15, 15, "PAGE")                 # picture file name
p.block(17, 17, "CAPTION", article=1)
p.block(19, 19, "BODY", article=1)

p.save()
