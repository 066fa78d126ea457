"""page-1516: 华池县人民政府 (hcx.gov.cn), 华池要闻, 2021-06-10: 庆阳专场新闻发布会 at 南梁革命纪念馆."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1516", "corpus/raw/pages/1516_huachi_nanliang_fabuhui.txt", publisher="华池县人民政府",
         date="2021-06-10", script="simplified", origin="pages")

# ---------------------------------------------------------------- spans
# line 1 (title); 陇原 in 奋进新陇原 is an epithet for Gansu: no span
p.ent("ADMIN", "甘肃省", line=1)
p.ent("ADMIN", "庆阳", line=1)               # 庆阳专场新闻发布会 (unit inside an event name)
p.ent("ADMIN", "南梁", line=1)               # 南梁革命纪念馆 as the venue (decision 14 + 2)

# line 5
p.ent("ORG", "中共甘肃省委", line=5)
p.ent("ADMIN", "南梁", line=5)               # venue again
p.ent("ADMIN", "甘肃省", line=5)
p.ent("ADMIN", "庆阳", line=5, every=True)   # 庆阳专场 / 展现庆阳各项事业

# line 7
p.ent("ORG", "市委宣传部", line=7)
p.ent("ORG", "市委组织部", line=7)
p.ent("ORG", "市委", line=7, every=True)     # 市委副书记 / 市委常委 x2 (the 部 names are taken first)
p.ent("PERSON", "卢小亨", line=7)
p.ent("ADMIN", "庆阳市", line=7)
p.ent("PERSON", "闫晓峰", line=7)
p.ent("PERSON", "王向阳", line=7)
p.ent("ORG", "南梁革命纪念馆陈列展览科", line=7)   # contracted title 科长 keeps the sub-unit (decision 15)
p.ent("PERSON", "王雅丽", line=7)

# line 9; 新中国成立 left without a span (see notes)
p.ent("PERSON", "卢小亨", line=9)
p.ent("ADMIN", "庆阳", line=9, every=True)   # 庆阳是一片红色热土 / 庆阳人民
p.ent("ADMIN", "南梁", line=9, every=True)   # 南梁精神 x2

# line 11: 中央驻甘 (中央 as a modifier, 甘 one character): no span
p.ent("ADMIN", "香港", line=11)

# line 13: editor line
p.ent("PERSON", "张强", line=13)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                        # 来源: (empty) 发布时间:… 浏览次数: 【字体:
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "PAGE")                      # 终审:张强

p.save()
