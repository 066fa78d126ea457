"""page-5903: 泗洪县人民政府 (text credited 来源|泗洪县人民政府网; posted by the 微讯泗洪 WeChat account of
中共泗洪县委宣传部; copy stored at wxredian.com), 2024-11-07, one article: 南通市政协来洪考察.
Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5903", "corpus/raw/pages/5903_sihong_nantong_zhengxie.txt",
         publisher="泗洪县人民政府", date="2024-11-07", script="simplified", origin="pages")

# ---- line 1: headline (来洪: 洪 is a one-character short form of 泗洪, never ADMIN)
p.ent("ORG", "南通市政协", line=1)

# ---- line 3: the copy site's meta line (category, timestamp, region tag): PAGE
p.ent("ADMIN", "江苏", line=3)

# ---- line 5
p.ent("ORG", "南通市政协", line=5)                 # 南通市政协主席、党组书记: 党组 stands in a title, no span
p.ent("PERSON", "黄巍东", line=5)
p.ent("ORG", "市政协", line=5, after="考察文旅")    # 宿迁市政协 (the host city's), 主席 冯岩
p.ent("PERSON", "冯岩", line=5)
p.ent("ORG", "县委", line=5)
p.ent("PERSON", "杨云峰", line=5)

# ---- line 7
p.ent("ADMIN", "江苏", line=7, nth=1)             # “江苏文明之根”: a unit inside an epithet (decision 2)
#   顺山集遗址 / 顺山集文化: an archaeological site; 顺山集 not annotated (not known as a unit)
p.ent("ADMIN", "梅花镇", line=7)
p.ent("ORG", "县政协", line=7, nth=1)             # 市县政协: two levels before one organ -> ORG for the last
#   县文化艺术中心: a venue (like 文化馆), no span
p.ent("ORG", "县政协", line=7, nth=1)             # second 市县政协 (first one already taken)
p.ent("ADMIN", "江苏", line=7)                    # 江苏文化根脉

# ---- line 9
p.ent("ADMIN", "泗洪", line=9)                    # 泗洪洪泽湖湿地国家级自然保护区: a reserve as a place; unit inside

# ---- line 11: 洪泽湖水上革命斗争纪念馆, 大王庄干部教育中心: venues visited, no span
p.ent("ADMIN", "南通", line=11)

# ---- line 15: the article's source line (decision 12)
p.byline("BYLINE", "来源|泗洪县人民政府网")
p.ent("ORG", "泗洪县人民政府网", line=15)          # an organ's own web site is ORG

# ---- lines 16-18: editor lines (PAGE), their names PERSON
p.ent("PERSON", "梁   婷", line=16)
p.ent("PERSON", "王蜜安", line=17)
p.ent("PERSON", "江 川", line=18)

# ---- lines 21-26: links to other articles (PAGE), their units keep their spans
p.ent("ADMIN", "泗洪", line=21)
p.ent("ADMIN", "泗洪", line=23)
p.ent("ADMIN", "泗洪县", line=25)                 # 泗 / 洪 quoted alone: one character, no span
p.ent("ADMIN", "重岗街道", line=25)
p.ent("ADMIN", "归仁镇", line=26)

# ---- lines 31-33: the account's card (PAGE)
p.ent("ORG", "微讯泗洪", line=31)                 # the county's news account, a medium
p.ent("ORG", "微讯泗洪", line=32)                 # quotes wrap the whole name: outside
p.ent("ORG", "中共泗洪县委宣传部", line=32)
p.ent("ADMIN", "泗洪", line=32, after="美丽")      # 美丽泗洪展示

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")
p.block(5, 11, "BODY", article=1)
p.block(15, 15, "BYLINE", article=1)
p.block(16, 18, "PAGE")
p.block(21, 26, "PAGE")
p.block(31, 33, "PAGE")

p.save()
