"""page-3611: 自在溧阳 (溧阳市融媒体中心 client on static-liyang.cm.jstv.com), 2021-05-13, one article:
南京都市圈全媒体联盟新闻行动启动! Text as returned by the `pages` store, from its title; the last
paragraph (采访中,记者获悉,…“新兴增) is cut off mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3611", "corpus/raw/pages/3611_liyang_dushiquan_meiti_lianmeng.txt",
         publisher="自在溧阳 (溧阳市融媒体中心)", date="2021-05-13", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "南京都市圈全媒体联盟", line=1)        # a named alliance of media that acts (宣布, 设立)

# ---- line 3: source line (medium + timestamp)
p.byline("BYLINE", "自在溧阳", line=3)
p.ent("ORG", "自在溧阳", line=3)                   # the media centre's client, a medium

# ---- line 5
p.ent("ORG", "南京都市圈全媒体联盟", line=5)
p.ent("ADMIN", "南京", line=5, after="启动仪式在")    # 南京溧水 -> 南京, 溧水
p.ent("ADMIN", "溧水", line=5)

# ---- line 7: the member papers' cities and the two county media centres
for city in ["南京", "镇江", "扬州", "淮安", "芜湖", "马鞍山", "滁州", "宣城"]:
    p.ent("ADMIN", city, line=7)                   # 南京、…、宣城8家城市党报: places listed before a count
p.ent("ORG", "溧阳市融媒体中心", line=7)
p.ent("ORG", "金坛区融媒体中心", line=7)
p.ent("ADMIN", "溧阳市", line=7)                   # 溧阳市、金坛区2家融媒体中心主任: units, count of bodies
p.ent("ADMIN", "金坛区", line=7)
p.ent("ORG", "南京都市圈全媒体联盟", line=7)

# ---- line 9
p.ent("ADMIN", "南京", line=9, nth=1)               # 南京都市圈 (a planning region): the city inside it
p.ent("ADMIN", "南京", line=9, after="《")          # 《南京都市圈发展规划》
p.ent("ORG", "国家发展改革委", line=9)
p.ent("ADMIN", "江苏", line=9)                     # 江苏和安徽两省政府: count of bodies, no ORG
p.ent("ADMIN", "安徽", line=9)
p.ent("ADMIN", "南京", line=9, after="规划。")        # 南京都市圈成员城市
p.slogan("PLAN", "十四五", line=9)

# ---- line 11
p.ent("ADMIN", "南京", line=11, nth=1)              # 《南京都市圈发展规划》
p.ent("ORG", "南京都市圈全媒体联盟", line=11)

# ---- line 13
p.ent("ADMIN", "溧水区", line=13)
p.ent("ORG", "南京都市圈全媒体联盟联络处", line=13)    # the alliance's office: one ORG with its parent

# ---- line 15
p.ent("ADMIN", "溧水", line=15, nth=1)              # 溧水城市展示中心: a venue, the unit inside it
p.ent("ADMIN", "溧水开发区", line=15)                # a named 开发区 (decision 3)
p.ent("ADMIN", "南京国家农高区", line=15)             # 南京国家农业高新技术产业示范区, a named zone

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 15, "BODY", article=1)

p.save()
