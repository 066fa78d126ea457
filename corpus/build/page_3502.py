"""page-3502: 宝清县人民政府 (hlbaoqing.gov.cn, the county government's portal), one article:
市委书记邵国强一行深入到宝清县调研 (the store kept no title line; the text starts with the body).
Year not printed: date left empty. The page's last stored line (ICP备案号…政府网站标识) was cut off
and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3502", "corpus/raw/pages/3502_baoqing_shaoguoqiang_diaoyan.txt",
         publisher="宝清县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "市委", line=1)                      # 市委书记 (双鸭山市委)
p.ent("PERSON", "邵国强", line=1)
p.ent("ADMIN", "宝清县", line=1)

# ---- line 2: 国能宝清煤电化项目 x2: company (国能 = 国家能源集团) + unit inside a project name
p.ent("ORG", "国能", line=2, nth=1)
p.ent("ADMIN", "宝清", line=2, nth=1)
p.ent("PERSON", "邵国强", line=2)
p.ent("ORG", "国能", line=2, nth=1)               # second mention (first is taken)
p.ent("ADMIN", "宝清", line=2, nth=1)
p.ent("PERSON", "习近平", line=2)
#   “煤头电尾、煤头化尾”: no numeral, no formula
p.ent("ORG", "市委", line=2)                      # 市委市政府 -> 市委 | 市政府
p.ent("ORG", "市政府", line=2)

# ---- line 3
p.ent("ADMIN", "宝清", line=3)                    # 宝清运输机场项目: unit inside a project/site name
p.ent("PERSON", "邵国强", line=3)

# ---- line 4
p.ent("PERSON", "邵国强", line=4, nth=1)
#   北大荒(知青)生态康养文旅产业园, 圣洁摇篮山滑雪场: places; 北大荒 is a region, no unit
p.ent("PERSON", "邵国强", line=4, nth=1)
p.ent("PERSON", "习近平", line=4)                  # 习近平生态文明思想
p.slogan("GROUP", "两山", line=4)                   # “两山”理论: 理论 (kind noun) outside; items not listed
#   “吃住行游娱购”: no numeral, no formula

# ---- line 5
for name in ["王长泰", "智建伟", "李世芳"]:
    p.ent("PERSON", name, line=5)
p.ent("ORG", "县委", line=5, nth=1)                # 县委书记
p.ent("PERSON", "徐斌义", line=5)
p.ent("ORG", "县委", line=5, nth=1)                # 县委副书记 (县长: title, no span)
p.ent("PERSON", "蔡纯意", line=5)
p.ent("PERSON", "沙闯", line=5)
p.ent("PERSON", "闫瑞", line=5)

# ---- line 6: closing credit (unit label + reporters), no brackets
p.byline("CREDIT", "融媒体中心:贾丽娜 赵广斌 艾敏 潘吉垚")
#   融媒体中心: a bare institution type (decision 13), no ORG
for name in ["贾丽娜", "赵广斌", "艾敏", "潘吉垚"]:
    p.ent("PERSON", name, line=6)

# ---- line 7: site host line (PAGE); its bodies are ORG
p.ent("ORG", "宝清县人民政府办公室", line=7)
p.ent("ORG", "宝清县人民政府", line=7)
p.ent("ORG", "宝清县政府信息数据中心", line=7)

# ---- blocks
p.block(1, 6, "BODY", article=1)     # credit line stays in the last BODY block
p.block(7, 7, "PAGE")                # 主办/承办 host line

p.save()
