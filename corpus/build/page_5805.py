"""page-5805: 闽东日报 (宁德网 ndwww.cn, 闽东日报社's news site, 宁德新闻 section), 2022-08-15 (date from the
page address), one item of the video series 【百乡千村行·面孔】 on 霍童镇 (蕉城区, 宁德市, 福建).
Text as returned by the `pages` store, from its title; its last paragraph (感谢关注《面孔》栏目…欢迎推荐给我),
cut off mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5805", "corpus/raw/pages/5805_ningde_huotong_mianke.txt",
         publisher="闽东日报", date="2022-08-15", script="simplified", origin="pages")

# ---- organisations first (they hold 霍童镇 inside them)
p.ent("ORG", "蕉城区霍童镇党委", every=True)          # lines 4, 8, 10: 党委书记 is the title
p.ent("ORG", "蕉城区霍童镇人民政府", every=True)      # lines 6, 10: 镇长 is the title

# ---- line 1: headline with its series banner
p.slogan("PARALLEL", "百乡千村行", line=1)           # campaign name of two numeral-led parts, like 百千万工程
p.ent("ADMIN", "蕉城", line=1)                       # short form of 蕉城区
p.ent("ADMIN", "霍童", line=1)                       # short form of 霍童镇

# ---- lines 3-6: the people featured
p.ent("PERSON", "林道瑞", line=3)
p.ent("PERSON", "黄德坤", line=5)

# ---- line 7
p.ent("ADMIN", "霍童镇", line=7)
p.ent("PERSON", "黄鞠", line=7)                      # 黄鞠灌溉工程: the Sui official who built it (a real person in a site name)
p.ent("ADMIN", "霍童", line=7, every=True)           # 霍童溪 (river), 霍童线狮 (heritage item), 霍童的桃花溪: decision 2

# ---- line 8
p.ent("PERSON", "林道瑞", line=8, every=True)        # twice
p.slogan("PARALLEL", "两带一中心", line=8, nth=1,
         expansion=["沿霍童溪乡村振兴示范带", "沿桃花溪红色研学实践带", "古镇文旅融合产业中心"])
p.slogan("PARALLEL", "两带一中心", line=8)           # second mention, the one the items follow
p.ent("ADMIN", "霍童", line=8, every=True)           # 来到霍童, 霍童乡村振兴, 沿霍童溪

# ---- line 9
p.slogan("PARALLEL", "两带一中心", line=9)
p.ent("ADMIN", "霍童", line=9, every=True)           # 文化大镇霍童, 霍童的党委书记 (bare 党委 of a title: no ORG), 霍童古镇
p.ent("PERSON", "黄鞠", line=9)

# ---- line 10 (《面孔》 is a programme: no span)
p.ent("PERSON", "林道瑞", line=10)
p.ent("PERSON", "黄德坤", line=10)
p.ent("ADMIN", "霍童镇", line=10)

# ---- lines 11-18: the video's production credits, closing the item
# one CREDIT per labelled role (ANNOTATION.md decision 12; session 19, after the second pass)
p.byline("CREDIT", "统筹 / 陈小虾", line=11)
p.byline("CREDIT", "摄像 / 郑镇 吴圣锦 刘霄鹏", line=12)
p.byline("CREDIT", "剪辑 / 陈宏", line=13)      # "陈宏栏目": 栏目 opens the next role (栏目包装)
p.byline("CREDIT", "栏目\n包装 / 孙伏明 陈景平")
p.byline("CREDIT", "编导 / 陈小虾", line=15)
p.byline("CREDIT", "监制 / 缪洪通", line=16)
p.byline("CREDIT", "制片人 / 刘岩生", line=17)
p.byline("CREDIT", "总监制 / 郑承东", line=18)
p.ent("PERSON", "陈小虾", line=11)
for name in ["郑镇", "吴圣锦", "刘霄鹏"]:
    p.ent("PERSON", name, line=12)
p.ent("PERSON", "陈宏", line=13)                     # the stored line break splits 栏目包装: 陈宏|栏目
p.ent("PERSON", "孙伏明", line=14)
p.ent("PERSON", "陈景平", line=14)
p.ent("PERSON", "陈小虾", line=15)
p.ent("PERSON", "缪洪通", line=16)
p.ent("PERSON", "刘岩生", line=17)
p.ent("PERSON", "郑承东", line=18)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                 # · 【第263期】: the series' issue number (an edition line)
p.block(3, 6, "SUBHEAD", article=1)   # 人物 | … / 职务 | …: facts under the title (decision 1)
p.block(7, 18, "BODY", article=1)     # text, then the closing production credits (a CREDIT stays in BODY)

p.save()
