"""page-5803: 建德新闻网 (jdnews.com.cn, 建德市新闻传媒中心 主办), 乡镇风采 > 莲花镇, 2019-04-12, one article:
莲花镇召开“洁化序化美化”环境整治百日攻坚行动动员大会. Text as returned by the `pages` store, from its title;
the stored opening ends inside the paragraph of 莲花村村委会主任罗丽英's speech, which is cut mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5803", "corpus/raw/pages/5803_jiande_lianhua_huanjing_dongyuan.txt",
         publisher="建德新闻网", date="2019-04-12", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "莲花镇", line=1)

# ---- line 16: 行动主题 paragraph
p.ent("ADMIN", "莲花镇", line=16)                  # 使莲花镇环境面貌得到彻底的改变

# ---- line 19: "12项行动内容:" is a count in prose (like 六项内容), no formula; its 12 items follow as lines

# ---- line 61: first body paragraph after #动员大会#
p.ent("ADMIN", "莲花镇", line=61)
p.ent("ORG", "镇人大", line=61)                    # 镇人大主席: the township congress, title outside
p.ent("PERSON", "傅殿红", line=61)
p.slogan("PARALLEL", "两代表一委员", line=61)      # 两代表(党代表、人大代表)一委员(政协委员): items not spelled out

# ---- line 64
p.ent("ADMIN", "莲花镇", line=64)                  # 莲花镇各行政村

# ---- line 67
p.ent("ORG", "镇人大", line=67)
p.ent("PERSON", "傅殿红", line=67)

# ---- line 70: 镇长 is a title; "这4个方面" is a count in prose
p.ent("PERSON", "应永江", line=70)

# ---- line 73
p.ent("ORG", "镇城建办", line=73)                  # 镇城建办主任: the township's urban-construction office
p.ent("PERSON", "许文倩", line=73)

# ---- blocks (one article)
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                              # date-and-time line only
p.block(4, 4, "PAGE")                              # image file name (blob.png)
p.block(7, 7, "CROSSHEAD", article=1)              # “洁化序化美化”总要求:
p.block(10, 10, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)            # 行动主题
p.block(16, 16, "BODY", article=1)
p.block(19, 19, "CROSSHEAD", article=1)            # 12项行动内容:
p.block(22, 55, "BODY", article=1)                 # the twelve items, one per line (blank lines split them)
p.block(58, 58, "CROSSHEAD", article=1)            # #动员大会#
p.block(61, 73, "BODY", article=1)

p.save()
