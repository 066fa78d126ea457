import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page
p = Page("agree-page-5903", "corpus/raw/pages/5903_sihong_nantong_zhengxie.txt",
         publisher="泗洪县人民政府", date="2024-11-07", script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---------------------------------------------------------------- line 1: headline
p.ent("ORG", "南通市政协", line=1)                  # 来洪: 洪 a one-character short form, no span

# ---------------------------------------------------------------- line 3: section, timestamp, location
p.ent("ADMIN", "江苏", line=3)                      # the post's location tag

# ---------------------------------------------------------------- line 5
p.ent("ORG", "南通市政协", line=5)
#   党组书记: bare 党组 after 、, no span
p.ent("PERSON", "黄巍东", line=5)
#   我县: no span
p.ent("ORG", "市政协", line=5, after="我县")         # 宿迁's CPPCC
p.ent("PERSON", "冯岩", line=5)
p.ent("ORG", "县委", line=5)
p.ent("PERSON", "杨云峰", line=5)

# ---------------------------------------------------------------- line 7
p.ent("ADMIN", "江苏", line=7)                      # “江苏文明之根”
#   顺山集遗址: an archaeological site, no unit known -> no span
p.ent("ADMIN", "梅花镇", line=7)
p.ent("ORG", "县政协", line=7)                      # 市县政协: two levels named, one ORG for the last
#   县文化艺术中心: a venue (like 文化馆), no span
p.ent("ORG", "县政协", line=7, after="调研")          # 对市县政协立足自身职能
p.ent("ADMIN", "江苏", line=7, after="江苏文明")      # 江苏文化根脉

# ---------------------------------------------------------------- line 9
p.ent("ADMIN", "泗洪", line=9)                      # 泗洪洪泽湖湿地国家级自然保护区: a place here (notes)

# ---------------------------------------------------------------- line 11
#   洪泽湖水上革命斗争纪念馆, 大王庄干部教育中心: venues visited, no span
p.ent("ADMIN", "南通", line=11)

# ---------------------------------------------------------------- lines 15-18: source and editor lines
p.byline("BYLINE", "来源|泗洪县人民政府网")
p.ent("ORG", "泗洪县人民政府网", line=15)           # an organ's own web site
p.ent("PERSON", "梁   婷", line=16)
p.ent("PERSON", "王蜜安", line=17)
p.ent("PERSON", "江 川", line=18)

# ---------------------------------------------------------------- lines 21-26: related links
p.ent("ADMIN", "泗洪", line=21)
p.ent("ADMIN", "泗洪", line=23)
#   书香‘泗’溢 阅润‘洪’城: one-character puns, no span
p.ent("ADMIN", "泗洪县", line=25)
p.ent("ADMIN", "重岗街道", line=25)
p.ent("ADMIN", "归仁镇", line=26)

# ---------------------------------------------------------------- lines 31-33: account footer
p.ent("ORG", "微讯泗洪", line=31)                   # the county's official account (a medium)
p.ent("ORG", "微讯泗洪", line=32)
p.ent("ORG", "中共泗洪县委宣传部", line=32)
p.ent("ADMIN", "泗洪", line=32, after="美丽")        # 美丽泗洪展示

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")
p.block(5, 11, "BODY", article=1)
p.block(15, 15, "BYLINE", article=1)
p.block(16, 18, "PAGE")
p.block(21, 26, "PAGE")
p.block(31, 33, "PAGE")

p.save()
