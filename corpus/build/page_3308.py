"""page-3308: 益阳日报 (text credited 来源:益阳日报·大益阳客户端, as hosted on ymyy.china.com.cn,
头条 section), 2021-09-08, one article: 集思广益纳良策 共同奋斗促发展. Text as returned by the
`pages` store, from its title (the breadcrumb 首页 > 头条 above it left out); its last paragraph
(cut off mid-sentence: 瞿海表示,…贯彻中央精神,) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3308", "corpus/raw/pages/3308_yiyang_dangdaihui_zuotanhui.txt",
         publisher="益阳日报", date="2021-09-08", script="simplified", origin="pages")

# ---- line 2: web meta line: 作者:… 来源:… 时间:… 责任编辑:(empty)
p.byline("BYLINE", "作者:江怀远 易政研", line=2)
p.ent("PERSON", "江怀远", line=2)
p.ent("PERSON", "易政研", line=2)
p.byline("BYLINE", "来源:益阳日报·大益阳客户端", line=2)
p.ent("ORG", "益阳日报", line=2)
p.ent("ORG", "大益阳客户端", line=2)             # the paper's app: a second medium in the source

# ---- line 4
p.ent("ORG", "益阳市委", line=4)
p.ent("ORG", "市人大常委会", line=4)
p.ent("PERSON", "瞿海", line=4)
#   市第七次党代会: an event; 党代表、人大代表、政协委员: generic, no span
for name in ["熊炜", "孙达良", "杨爱云"]:
    p.ent("PERSON", name, line=4)

# ---- line 8: the speakers
for name in ["蔡勇", "吴炜", "刘自武"]:
    p.ent("PERSON", name, line=8)
p.ent("ORG", "市人大", line=8)                   # 市人大代表: shortened title keeps its organ
for name in ["张平安", "陈敏", "李文芳"]:
    p.ent("PERSON", name, line=8)
p.ent("ORG", "市政协", line=8)                   # 市政协委员
for name in ["谭绍军", "熊姣军", "盛焱", "夏薇", "鲁琼", "简丽蓉", "湛强"]:
    p.ent("PERSON", name, line=8)

# ---- line 12
p.ent("PERSON", "瞿海", line=12)
p.ent("ADMIN", "益阳", line=12)

# ---- line 16
p.ent("PERSON", "瞿海", line=16)
#   第二个百年奋斗目标: an ordinal, no formula
p.ent("ADMIN", "益阳", line=16)                  # 现代化新益阳 (like 现代化河南)
p.slogan("PARALLEL", "五位一体", line=16)          # N位一体 is PARALLEL (rules)
p.slogan("COUNT", "四个全面", line=16)
p.slogan("COUNT", "三个新发展", line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "PAGE")            # image.png: picture placeholder
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "PAGE")
p.block(12, 12, "BODY", article=1)
p.block(14, 14, "PAGE")
p.block(16, 16, "BODY", article=1)

p.save()
