"""page-4005: 北海市人民政府应急管理办公室 (北海市政府应急办), its 信息公开 > 区域合作 channel on the
北海市政府门户网站, 2017-09-26; copy stored at hnzhisen.com. One article: 西部13省…应急志愿者队伍建设
观摩交流暨应急管理工作座谈会在北海举行. Text as returned by the `pages` store, from its breadcrumb;
the last paragraph (922日下午,…常务副市长陈维) was cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4005", "corpus/raw/pages/4005_beihai_yingjiban_zhiyuanzhe.txt",
         publisher="北海市人民政府应急管理办公室", date="2017-09-26", script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE); the unit named in it keeps its span
p.ent("ORG", "北海市人民政府应急管理办公室", line=1)

# ---- line 3: headline. 西部, 泛珠 are regions; 兵团 a level word: no spans
p.ent("ADMIN", "北海", line=3)

# ---- line 4: the portal's source line (site name + its address + timestamp, empty 来源:)
p.ent("ORG", "北海市政府门户网站", line=4)          # an organ's own web site is ORG
p.byline("BYLINE", "北海市政府门户网站", line=4)

# ---- line 8
p.ent("ADMIN", "北海市", line=8)
for prov in ["内蒙古", "福建", "江西", "湖南", "广东", "海南", "重庆", "四川", "贵州",
             "云南", "陕西", "甘肃", "青海", "宁夏", "新疆"]:
    p.ent("ADMIN", prov, line=8)
p.ent("ADMIN", "广西", line=8, every=True)          # 广西北海市, the list, 广西14个地市
#   省(区、市)政府应急办, 地市政府应急办: generic, no span

# ---- line 10
p.ent("ORG", "北海市政府", line=10)                 # 北海市政府副市长 -> ORG + title
p.ent("PERSON", "蔡晶", line=10)
p.ent("ADMIN", "北海市", line=10, after="考察了")   # 北海市航空应急救援基地: a facility, unit inside
#   “珠城大讲坛-红十字应急救护知识百姓学堂”: a lecture programme; 珠城 is 北海's epithet: no span
p.ent("ADMIN", "北海市", line=10, after="百姓学堂")  # 北海市银海区侨港镇…示范点: a site
p.ent("ADMIN", "银海区", line=10)
p.ent("ADMIN", "侨港镇", line=10)
p.ent("ADMIN", "北海市", line=10, after="示范点,")   # 北海市海上搜救志愿者队伍示范点
p.ent("ADMIN", "北海", line=10, after="2017年")      # 2017年北海应急志愿者…综合演习: an event

# ---- line 12
p.ent("ORG", "广西壮族自治区政府应急办", line=12)
p.ent("ORG", "北海市人民政府", line=12)
p.ent("ORG", "北海市政府应急办", line=12, nth=1)
p.ent("ORG", "北海海上搜救中心", line=12)
p.ent("ORG", "北海市政府应急办", line=12)            # the second, in the list of 13 units
p.ent("ORG", "北海海事局", line=12)
p.ent("ORG", "北海市医疗卫生应急志愿队", line=12)
p.ent("ORG", "北海航空应急救援队", line=12)
p.ent("ORG", "北海海上搜救志愿队", line=12)
p.ent("ORG", "侨港镇应急志愿队", line=12)
p.ent("ADMIN", "北海", line=12, after="成效与")      # 北海海陆空应急志愿者队伍体系建设

# ---- blocks
p.block(1, 1, "PAGE")                 # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "BYLINE", article=1)    # portal + timestamp: the page's source line
p.block(5, 5, "PAGE")                 # [ 字体: ]
p.block(8, 12, "BODY", article=1)

p.save()
