"""page-5701: 大安市融媒体中心 (site of the county-level city 大安市, 白城, 吉林, on 吉林广播电视台's
plus.jlntv.cn platform), one item on CCTV17's harvest-festival report about 大安's villages; the
page credits 信息来源:指尖白城. Text as returned by the `pages` store (the stored page opens with
the body: no title above it; the original title is printed below as 原标题:)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5701", "corpus/raw/pages/5701_daan_sannong_fengshou.txt",
         publisher="大安市融媒体中心", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ADMIN", "中国", line=1, nth=1)          # 中国农民丰收节: the country inside a festival's name (decision 2)
#   我国: deictic, no span
p.ent("ORG", "CCTV17", line=1)                  # a television channel (a medium); the programme is no ORG
p.ent("ADMIN", "中国", line=1, after="CCTV17")  # 《中国三农报道》: the country inside a programme's title (decision 2)
p.slogan("GROUP", "三农", line=1)               # 三农 (agriculture, countryside, farmers) inside the programme title; items not listed
#   “乡里乡音话丰年·咱们的美丽乡村”: an episode's title, no span
p.ent("ADMIN", "大安市", line=1)
p.ent("ADMIN", "大岗子镇", line=1)

# ---- line 3
p.ent("ADMIN", "大安市", line=3)
p.ent("ADMIN", "大岗子镇", line=3)
p.ent("PERSON", "温国庆", line=3)               # 村民温国庆
#   村部, 爱心超市: places, no span

# ---- line 7
p.ent("ADMIN", "大安市", line=7)
p.ent("ADMIN", "海坨乡", line=7)
p.ent("ADMIN", "三业村", line=7)

# ---- line 12
p.ent("ADMIN", "三业村", line=12)
#   农科企业: generic; “碱片白、沙土黄、干挨累、不打粮”: no numeral, no formula

# ---- line 13: 原标题 (the title, printed under the text)
#   瀚海粮仓, 鹤乡 (epithet of 白城): no span
p.ent("ORG", "央视", line=13)                   # short form of the broadcaster (a medium)
p.ent("ADMIN", "大安", line=13)                 # 大安丰收美景: the city by its short name

# ---- line 14: source line
p.byline("BYLINE", "信息来源:指尖白城")
p.ent("ORG", "指尖白城", line=14)               # a medium named as the source (ORG, like 甘州融媒)

# ---- lines 15-16: editor and host lines
p.ent("PERSON", "高倩", line=15)
p.ent("ORG", "大安市融媒体中心", line=16)

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 10, "BODY", article=1)
p.block(12, 12, "BODY", article=1)
p.block(13, 13, "HEADLINE", article=1)   # 原标题: is a HEADLINE (docs, session 16)
p.block(14, 14, "BYLINE", article=1)     # web meta line naming the article's source (decision 12)
p.block(15, 16, "PAGE")                  # editor line and site host line (furniture)

p.save()
