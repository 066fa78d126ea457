"""agree-page-5805: 闽东日报 (闽东网 video feature 【百乡千村行·面孔】 第263期), 2022-08-15,
one article: 走进蕉城霍童 (interview with the 霍童镇 Party secretary and mayor), second annotator."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5805", "corpus/raw/pages/5805_ningde_huotong_mianke.txt",
         publisher="闽东日报", date="2022-08-15", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline with its series banner 【百乡千村行·面孔】
p.slogan("PARALLEL", "百乡千村", line=1)          # campaign name, like 百千万工程 (百县千镇万村); 行 outside
p.ent("ADMIN", "蕉城", line=1)                     # 蕉城霍童 -> 蕉城 | 霍童 (like 陕西太白)
p.ent("ADMIN", "霍童", line=1)

# ---- lines 3-6: profile fields of the two people featured
p.ent("PERSON", "林道瑞", line=3)
p.ent("ORG", "蕉城区霍童镇党委", line=4)           # 党委书记: title
p.ent("PERSON", "黄德坤", line=5)
p.ent("ORG", "蕉城区霍童镇人民政府", line=6)       # 镇长: title

# ---- line 7
p.ent("ADMIN", "霍童镇", line=7)
p.ent("PERSON", "黄鞠", line=7)                    # 黄鞠灌溉工程: a real person inside a site's name
p.ent("ADMIN", "霍童", line=7, after="百里画廊")   # 霍童溪 (a river named after the unit, decision 2)
p.ent("ADMIN", "霍童", line=7, after="项目的")     # 霍童线狮 (a heritage item / brand, decision 2)
p.ent("ADMIN", "霍童", line=7, after="线狮;")      # 霍童的桃花溪
# 世界灌溉工程遗产名录, 全国首批美丽河湖优秀案例, 国家首批非物质文化遗产项目, 芦荡火种: no span

# ---- line 8
p.ent("ORG", "蕉城区霍童镇党委", line=8)
p.ent("PERSON", "林道瑞", line=8, nth=1)
p.ent("ADMIN", "霍童", line=8, after="来到")
p.ent("ADMIN", "霍童", line=8, after="关于")
p.ent("PERSON", "林道瑞", line=8, after="振兴的思路,")
p.slogan("PARALLEL", "两带一中心", line=8, nth=1,
         expansion=["沿霍童溪乡村振兴示范带", "沿桃花溪红色研学实践带", "古镇文旅融合产业中心"])
p.slogan("PARALLEL", "两带一中心", line=8, nth=1)  # second mention ('两带一中心'是…)
p.ent("ADMIN", "霍童", line=8, after="是沿")      # 沿霍童溪乡村振兴示范带 (item text)

# ---- line 9
p.ent("ADMIN", "霍童", line=9, after="文化大镇")
p.slogan("PARALLEL", "两带一中心", line=9)
# 双重要求: 双 in an ordinary word (decision 10), no slogan
p.ent("ADMIN", "霍童", line=9, after="随着")       # 霍童的党委书记 (bare 党委书记: no ORG)
p.ent("ADMIN", "霍童", line=9, after="走进")       # 霍童古镇 (like 大阳古镇)
p.ent("PERSON", "黄鞠", line=9)

# ---- line 10
p.ent("ORG", "蕉城区霍童镇党委", line=10)
p.ent("PERSON", "林道瑞", line=10)
p.ent("ORG", "蕉城区霍童镇人民政府", line=10)
p.ent("PERSON", "黄德坤", line=10)
p.ent("ADMIN", "霍童镇", line=10)
# 《面孔》: the programme's name, no span

# ---- lines 11-18: the video's production credits, closing the article (CREDIT per labelled role)
p.byline("CREDIT", "统筹 / 陈小虾", line=11)
p.ent("PERSON", "陈小虾", line=11)
p.byline("CREDIT", "摄像 / 郑镇 吴圣锦 刘霄鹏", line=12)
for name in ["郑镇", "吴圣锦", "刘霄鹏"]:
    p.ent("PERSON", name, line=12)
p.byline("CREDIT", "剪辑 / 陈宏", line=13)      # "陈宏栏目": 栏目 opens the next role (栏目包装)
p.ent("PERSON", "陈宏", line=13)
p.byline("CREDIT", "栏目\n包装 / 孙伏明 陈景平")
p.ent("PERSON", "孙伏明", line=14)
p.ent("PERSON", "陈景平", line=14)
p.byline("CREDIT", "编导 / 陈小虾", line=15)
p.ent("PERSON", "陈小虾", line=15)
p.byline("CREDIT", "监制 / 缪洪通", line=16)
p.ent("PERSON", "缪洪通", line=16)
p.byline("CREDIT", "制片人 / 刘岩生", line=17)
p.ent("PERSON", "刘岩生", line=17)
p.byline("CREDIT", "总监制 / 郑承东", line=18)
p.ent("PERSON", "郑承东", line=18)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                  # · 【第263期】: the series' issue number
p.block(3, 6, "SUBHEAD", article=1)    # 人物 | … 职务 | …: facts under the title
p.block(7, 18, "BODY", article=1)      # body, then the credit roll (CREDIT lines stay in BODY)

p.save()
