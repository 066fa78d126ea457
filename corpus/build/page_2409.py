"""page-2409: 包头市九原区人民政府 (jiuyuanqu.gov.cn, 新闻资讯 > 区内要闻), 2026-01-30, one article:
【聚焦·两会】包头市九原区第十八届人民代表大会第五次会议闭幕 (source line: 来源: 九原发布).
Text as returned by the `pages` store, from the top of the stored page (site furniture kept)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2409", "corpus/raw/pages/2409_jiuyuan_renda_bimu.txt",
         publisher="包头市九原区人民政府", date="2026-01-30", script="simplified", origin="pages")

# ---- line 6: headline (series banner 【聚焦·两会】 stays in the HEADLINE; 两会 is no formula)
p.ent("ORG", "包头市九原区第十八届人民代表大会", line=6)   # a congress of a numbered term, with its admin prefix

# ---- line 8: web meta line -> BYLINE block, one BYLINE span for the labelled source
p.byline("BYLINE", "来源: 九原发布", line=8)
p.ent("ORG", "九原发布", line=8)                # the district's official media account (a medium)

# ---- line 10
p.ent("ORG", "包头市九原区第十八届人民代表大会", line=10)

# ---- line 14: photo caption
p.byline("PHOTO", "(记者 王佳妮 摄)", line=14)
p.ent("PERSON", "王佳妮", line=14)

# ---- line 16: the session's executive chairs
for name in ["刘俊义", "刘石", "刘烨", "侯林", "莎仁花", "任旭晨", "史忠全"]:
    p.ent("PERSON", name, line=16)
p.ent("PERSON", "史忠全", line=16)               # second mention: 史忠全、刘石分别主持
p.ent("PERSON", "刘石", line=16)

# ---- line 18
p.ent("PERSON", "刘小平", line=18)
p.ent("PERSON", "张春霞", line=18)
#   主席团成员: a bare institution type (decision 13), no span

# ---- line 22
p.ent("PERSON", "李凯", line=22)
p.ent("ORG", "包头市九原区监察委员会", line=22)
p.ent("ORG", "九原区人民政府", line=22)          # 九原区人民政府2026年10个民生实事项目

# ---- line 24
p.ent("ORG", "大会主席团", line=24)              # the session's presidium, acting (举行第三次会议)

# ---- line 28: resolutions on the organs' reports (an organ inside a document's name is ORG)
p.ent("ORG", "区人民政府", line=28)
#   区国民经济和社会发展第十五个五年规划纲要: 区 is a level word; the spelled-out ordinal
#   第十五个五年规划 is not the formula 十五五 (no slogan)
p.ent("ORG", "区人大常委会", line=28)
p.ent("ORG", "区人民法院", line=28)
p.ent("ORG", "区人民检察院", line=28)

# ---- line 32: photo caption
p.ent("ORG", "区人大常委会", line=32)
p.ent("PERSON", "刘石", line=32)
p.byline("PHOTO", "(记者 徐昕 摄)", line=32)
p.ent("PERSON", "徐昕", line=32)

# ---- blocks
p.block(1, 5, "PAGE")                  # breadcrumb, 扫一扫, 打印/保存/关闭
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 8, "BYLINE", article=1)     # 发布时间 … 来源: 九原发布 (decision 12)
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "PAGE")                # "auto": an image placeholder left by the page's markup
p.block(14, 14, "CAPTION", article=1)
p.block(16, 28, "BODY", article=1)
p.block(30, 30, "PAGE")                # "auto"
p.block(32, 32, "CAPTION", article=1)

p.save()
