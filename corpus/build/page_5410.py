"""page-5410: 普定县融媒体中心 (贵州; inferred: a 普定 county WeChat account, copy stored at wxredian.com),
2024-11-08 (11月8日, the 25th 中国记者节), one article: the county Party secretary visits the county media
centre on Journalists' Day. Text as returned by the `pages` store (it opens with the lead; no title line
is stored), down to the account's editor lines, disclaimer and phone number."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5410", "corpus/raw/pages/5410_puding_jizhejie_weiwen.txt",
         publisher="普定县融媒体中心", date="2024-11-08", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ADMIN", "中国", line=1)                       # 中国记者节: the country inside a festival's name (decision 2)
p.ent("ORG", "县委", line=1, nth=1)                  # 县委书记 -> ORG + title
p.ent("PERSON", "吕庆", line=1)
p.ent("ORG", "县融媒体中心", line=1)
p.ent("ORG", "县委宣传部", line=1)                   # longer name first
p.ent("ORG", "县委", line=1)                         # 县委常委 -> ORG 县委 (shortened title)
p.ent("PERSON", "宋洪", line=1)

# ---- line 2
p.ent("PERSON", "吕庆", line=2)
p.ent("ORG", "县融媒体中心", line=2)                 # its 指挥中心、演播室、广播电台 are rooms (办公室场所): no span
#   对党忠诚: no span

# ---- line 3
p.ent("PERSON", "吕庆", line=3)
p.ent("ORG", "县融媒体中心", line=3)
p.ent("ORG", "县委", line=3)
p.ent("ORG", "县政府", line=3)
p.ent("ADMIN", "普定", line=3)

# ---- line 4
p.ent("PERSON", "吕庆", line=4)
p.ent("ORG", "普定融媒体中心", line=4)               # the county's media centre by the county's short name
p.ent("ADMIN", "普定", line=4, every=True)           # 为普定, 宣传普定文化, 研究普定的, 在普定, 把普定的
#   全县: level word, no span

# ---- line 5: the reporter's labelled credit under the article (a meta line naming its author)
p.byline("BYLINE", "县融媒体中心记者:陈庆彬")
p.ent("ORG", "县融媒体中心", line=5)
p.ent("PERSON", "陈庆彬", line=5)

# ---- lines 6-10: the account's editor and review lines (PAGE; names are PERSON)
p.ent("PERSON", "苏 伟", line=6)
p.ent("PERSON", "魏 倩", line=7)
p.ent("PERSON", "罗兴美", line=8)
p.ent("PERSON", "罗 华", line=9)
p.ent("PERSON", "骆世明", line=10)

# ---- blocks
p.block(1, 4, "BODY", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(6, 13, "PAGE")            # editor/review lines, 免责声明, disclaimer, 联系电话

p.save()
