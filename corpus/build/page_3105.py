"""page-3105: 靖州新闻网 (jingzhouxw.com, 靖州融媒体中心, 靖州苗族侗族自治县, 湖南), one article:
靖州:干群连心抓整治 齐心协力扮靓家园. Text as returned by the `pages` store, from its
breadcrumb line; the year is not printed (date left empty)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3105", "corpus/raw/pages/3105_jingzhou_wenxi_zhengzhi.txt",
         publisher="靖州新闻网", date=None, script="simplified", origin="pages")

# ---- line 3: headline
p.ent("ADMIN", "靖州", line=3)                       # 靖州: the county's two-character short form

# ---- line 5: source tag + byline + first paragraph
p.byline("BYLINE", "靖州融媒3月22日讯(记者 蒲湘萍 通讯员 龚标)")
p.ent("ORG", "靖州融媒", line=5)                     # the medium in its source tag (like 甘州融媒讯)
p.ent("PERSON", "蒲湘萍", line=5)
p.ent("PERSON", "龚标", line=5)
p.ent("ADMIN", "靖州苗族侗族自治县", line=5)
p.ent("ADMIN", "文溪乡", line=5)
p.ent("ADMIN", "朗溪村", line=5)

# ---- photo captions with their credits (lines 7, 9, 13, 15, 19)
for ln in (7, 9, 13, 15):
    p.byline("PHOTO", "(蒲湘萍 摄)", line=ln)
    p.ent("PERSON", "蒲湘萍", line=ln)
p.byline("PHOTO", "(蒙春清 摄)", line=19)
p.ent("PERSON", "蒙春清", line=19)

# ---- line 21: 文溪乡 twice (县乡两级: level words, no span)
p.ent("ADMIN", "文溪乡", line=21, nth=1)
p.ent("ADMIN", "文溪乡", line=21, nth=1)             # second (the first is taken now)

# ---- line 23: 文溪乡党委书记毛义东
p.ent("ORG", "文溪乡党委", line=23)                  # 党委书记: title of the township's Party committee
p.ent("PERSON", "毛义东", line=23)

# ---- line 25: review line (PAGE), names are PERSON
for name in ("许梦娟", "滕栋", "刘杰华"):
    p.ent("PERSON", name, line=25)

# ---- lines 27, 29: source and author meta lines (decision 12)
p.byline("BYLINE", "来源:靖州融媒体中心", line=27)
p.ent("ORG", "靖州融媒体中心", line=27)
p.byline("BYLINE", "作者:蒲湘萍", line=29)
p.ent("PERSON", "蒲湘萍", line=29)

# ---- line 31: editor line (PAGE)
p.ent("PERSON", "李乐君", line=31)

# ---- blocks
p.block(1, 1, "PAGE")                  # 当前位置: (breadcrumb)
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 9, "CAPTION", article=1)    # two captions, split by the blank line
p.block(11, 11, "BODY", article=1)
p.block(13, 15, "CAPTION", article=1)
p.block(17, 17, "BODY", article=1)
p.block(19, 19, "CAPTION", article=1)
p.block(21, 23, "BODY", article=1)
p.block(25, 25, "PAGE")                # 一审/二审/三审
p.block(27, 29, "BYLINE", article=1)   # 来源: / 作者:
p.block(31, 35, "PAGE")                # 编辑:, 本文链接:, 相关链接

if "--show" in sys.argv:
    p.show()
p.save()
