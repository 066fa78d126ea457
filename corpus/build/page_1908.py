"""page-1908: 南宁日报 (reprinted on yybnet.net, 南宁/横县 channel), 2018-11-06, one article:
玉林市考察团到南宁市考察交流. Text as returned by the `pages` store, from its title; its last
paragraph (考察团对南宁市在…促进农村群众致富增) was cut off mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1908", "corpus/raw/pages/1908_nanning_yulin_kaochatuan.txt",
         publisher="南宁日报", date="2018-11-06", script="simplified", origin="pages")

# ---- line 1: headline (玉林市考察团: a visiting delegation is no ORG)
p.ent("ADMIN", "玉林市", line=1)
p.ent("ADMIN", "南宁市", line=1)

# ---- line 3: web meta line: source 南宁日报 + time; 大字 is the font-size button
p.byline("BYLINE", "南宁日报", line=3)
p.ent("ORG", "南宁日报", line=3)

# ---- line 5
p.byline("BYLINE", "本报讯(记者朱新韬)", line=5)
p.ent("PERSON", "朱新韬", line=5)
p.ent("ADMIN", "玉林市", line=5)
p.ent("ADMIN", "南宁市", line=5)
p.ent("ADMIN", "南宁市", line=5)                  # 南宁市领导
for n in ["杨维超", "刘为民"]:
    p.ent("PERSON", n, line=5)
p.ent("ADMIN", "玉林市", line=5)                  # 玉林市领导
for n in ["覃天卫", "高虹"]:
    p.ent("PERSON", n, line=5)

# ---- line 7
p.ent("PERSON", "杨维超", line=7)
p.ent("ORG", "市委", line=7)
p.ent("ORG", "市政府", line=7)
p.ent("ADMIN", "玉林市", line=7)
p.ent("ADMIN", "南宁市", line=7)
p.ent("ADMIN", "南宁", line=7)                    # “美丽南宁”乡村建设活动: unit inside a campaign's name

# ---- line 9: the places visited
p.ent("ADMIN", "玉林市", line=9)
p.ent("ADMIN", "西乡塘区", line=9, nth=1)          # 青瓦房古村落景区: a site, no span
p.ent("ADMIN", "西乡塘区", line=9, nth=1)          # 美丽南方景区: a site
p.ent("ADMIN", "忠良村", line=9)
p.ent("ADMIN", "青秀区", line=9, nth=1)
p.ent("ADMIN", "长塘镇", line=9)
p.ent("ADMIN", "天堂村", line=9)                   # 巴兰坡: a natural village (坡), below village level
p.ent("ADMIN", "青秀区", line=9, nth=1)
p.ent("ADMIN", "南阳镇", line=9)                   # 古岳坡: natural village, no span
p.ent("ADMIN", "横县", line=9)
p.ent("ADMIN", "校椅镇", line=9)
p.ent("ADMIN", "青桐村委", line=9)                 # the administrative village standing in a chain of places
#   榃僧村: the natural village under 青桐村委, below village level (decision 3): no span
p.ent("ORG", "广西顺来茶业有限公司", line=9)

# ---- line 11 (after the jump 上接1版); 中华茉莉园, 金花小镇, …示范区: places, no span
p.ent("ADMIN", "横县", line=11)
p.ent("ADMIN", "校椅镇", line=11)
p.ent("ADMIN", "岭脚村", line=11)
p.ent("ADMIN", "南宁市", line=11)

# ---- line 13
#   党的十八大, 美丽中国 (a fixed political term): no span
p.ent("ORG", "自治区党委", line=13)                # 自治区党委、政府: the bare 政府 gets no span (糜镇党委政府)
p.ent("ADMIN", "广西", line=13)                    # “美丽广西”乡村建设活动
p.ent("ADMIN", "南宁市", line=13, nth=1)
p.ent("ADMIN", "南宁", line=13, after="启动")       # “美丽南宁”
p.ent("ADMIN", "南宁市", line=13, after="打造")
#   “清洁乡村”…四个阶段: an ordinary count of stages, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)

p.save()
