"""page-2907: 衡山县融媒体中心 (hengshan-xhncloud.voc.com.cn, the county media centre's site on the
新湖南云 platform), 2020-06-29, one article: 衡山统一战线助力同心美丽乡村服务活动正式启动.
Text as returned by the `pages` store, from its title; nothing was cut."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2907", "corpus/raw/pages/2907_hengshan_tongzhan_meili.txt",
         publisher="衡山县融媒体中心", date="2020-06-29", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "衡山", line=1)                       # 衡山统一战线: the county's united front (no body)

# ---- line 2: web meta line (timestamp, 来源, 编辑, 浏览量)
p.byline("BYLINE", "来源:衡山县融媒体中心", line=2)   # one span per labelled credit; 编辑 is an editor, no credit
p.ent("ORG", "衡山县融媒体中心", line=2)
p.ent("PERSON", "徐梅芳", line=2)

# ---- line 4: source tag + first paragraph
p.byline("BYLINE", "衡山县融媒体中心6月29日讯【记者:廖晶 周彭斌】", line=4)
p.ent("ORG", "衡山县融媒体中心", line=4)
p.ent("PERSON", "廖晶", line=4)
p.ent("PERSON", "周彭斌", line=4)
p.ent("ADMIN", "衡山县", line=4, after="周彭斌")       # inside the event's name (decision 2)
p.ent("ADMIN", "开云镇", line=4)
p.ent("ADMIN", "双全新村", line=4)
p.ent("ORG", "县委", line=4)                          # 县委常委 -> ORG 县委 + title
p.ent("ORG", "统战部", line=4)                        # 统战部长 -> ORG 统战部 + title (decision 15)
p.ent("PERSON", "谢石中", line=4)

# ---- line 6
p.ent("ADMIN", "双全新村", line=6, every=True)        # 文化墙建设, 文化广场 (a site: unit inside), 地处…
p.ent("ADMIN", "衡山", line=6)                        # 武广高铁衡山西站: unit inside a station's name; 武/广 one-char
#   县城, 该村, 市级同心美丽乡村: no span; 一手抓…一手抓…: prose, no formula

# ---- line 10
p.ent("ADMIN", "双全新村", line=10, every=True)
p.ent("ORG", "村支两委", line=10)                     # the bodies of this one village (decision 5)

# ---- line 12, 14: editor lines (PAGE), names are PERSON
p.ent("PERSON", "徐梅芳", line=12)
p.ent("PERSON", "唐有权", line=12)
p.ent("PERSON", "刘彧", line=12)
p.ent("PERSON", "徐梅芳", line=14)

# ---- line 16: source line under the article
p.byline("BYLINE", "来源:衡山县融媒体中心", line=16)
p.ent("ORG", "衡山县融媒体中心", line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)      # meta line holding a labelled credit (decision 12)
p.block(4, 10, "BODY", article=1)
p.block(12, 12, "PAGE")                 # 一审/二审/三审 editor line
p.block(14, 14, "PAGE")                 # 责编
p.block(16, 16, "BYLINE", article=1)    # 来源: the article's source, below it (decision 12)
p.block(18, 18, "PAGE")                 # copyright notice
p.block(20, 20, "PAGE")                 # 下载APP

p.save()
