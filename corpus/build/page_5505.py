"""page-5505: 宿松县人民政府 portal (安徽 安庆市 宿松县), 新闻热点 > 部门 section: a news item of the county's
water bureau (稿件来源: 县水利局, 作者: 高燕, source tag 宿松融媒讯), 2022-11-03:
宿望攜手,聯防聯控共護跨界河流. Text as returned by the `pages` store from a mirror (www.saoba123.com) that
converted the portal's page to traditional script; taken from its title (a spam keyword line and the
breadcrumb above the title left out), markup stripped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5505", "corpus/raw/pages/5505_susong_yangwanhe_lianfang.txt",
         publisher="宿松县人民政府", date="2022-11-03", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline. 宿望 = 宿松 + 望江 by one character each: no ADMIN (one-character short forms)

# ---- line 3: web meta line: one BYLINE span per labelled credit (decision 12)
p.byline("BYLINE", "稿件來源: 縣水利局", line=3)
p.ent("ORG", "縣水利局", line=3)
p.byline("BYLINE", "作者: 高燕", line=3)
p.ent("PERSON", "高燕", line=3)

# ---- line 5: lead paragraph
p.byline("BYLINE", "宿松融媒訊", line=5)            # source tag, like 本报讯
p.ent("ORG", "宿松融媒", line=5)                   # the county media centre as source (甘州融媒讯 precedent)
#   “治水”一盤棋 / “聯動”一家親: set phrases (一盘棋 is listed as no formula)
#   《關于建立楊灣河跨區域聯防聯控機制的指導意見》: 楊灣河 is a river, no unit
p.ent("ADMIN", "宿松縣", line=5)
p.ent("ADMIN", "望江縣", line=5)
#   兩縣河長辦: a count of bodies (原公镇三个农村党支部 precedent), no ORG
#   水政監察大隊: a bare kind of team, here the two counties' (plural), no ORG
p.ent("ORG", "九成監獄管理分局", line=5)
#   聯合巡查組: a generic ad-hoc group, no ORG

# ---- line 11
p.slogan("GROUP", "四亂", line=11)                  # 河湖“四亂”整治 (items not listed on the page)

# ---- line 13
#   兩地河長辦長: heads of the two places' offices, no span
p.ent("ORG", "九成監獄管理分局", line=13)
#   一是 … 二是 …: ordinals, no formula
p.byline("CREDIT", "(通訊員 高燕)", line=13)        # closing reporter's bracket
p.ent("PERSON", "高燕", line=13)

# ---- line 15: editor line (PAGE), the name still PERSON
p.ent("PERSON", "李晨", line=15)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")          # image.png (picture file name)
p.block(9, 9, "PAGE")          # image.png
p.block(11, 13, "BODY", article=1)
p.block(15, 15, "PAGE")        # 責任編輯:李晨

p.save()
