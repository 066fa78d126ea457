"""page-5811: 扎赉特旗人民政府 (county portal zltq.gov.cn, 兴安盟扎赉特旗, 内蒙古), 2023-04-06, one article:
扎赉特旗旗委常委、人民政府党组副书记、副旗长李浩检查清明节期间及春季森林草原防灭火工作.
Text as returned by the `pages` store, from its title (the breadcrumb above it dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5811", "corpus/raw/pages/5811_zhalaiteqi_lihao_fanghuo.txt",
         publisher="扎赉特旗人民政府", date="2023-04-06", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "扎赉特旗旗委", line=1)          # 扎赉特旗旗委常委: contracted title keeps the organ, prefix inside
p.ent("ORG", "人民政府党组", line=1)          # (the banner's) 人民政府党组副书记: a specific body's 党组
p.ent("PERSON", "李浩", line=1)

# ---- line 3: web meta line (source credit + timestamp)
p.byline("BYLINE", "来源:应急管理局", line=3)
p.ent("ORG", "应急管理局", line=3)            # bare bureau meaning the banner's one (decision 13)

# ---- line 7
p.ent("ORG", "旗委", line=7)                  # 旗委常委 -> ORG 旗委
p.ent("ORG", "人民政府党组", line=7)
p.ent("PERSON", "李浩", line=7)
p.ent("ORG", "应急管理局", line=7)
p.ent("ORG", "盟行署", line=7)                # 兴安盟行政公署, level word + organ

# ---- line 9
p.ent("ORG", "旗应急管理局党委", line=9, nth=1)   # a known organ's 党委 belongs to it
p.ent("PERSON", "高鑫", line=9)
p.ent("ORG", "旗应急管理局党委", line=9)          # second mention (nth=1 of the free ones left)
p.ent("PERSON", "杨松林", line=9)
#   消防救援大队, 森林消防救援中队: bare institution types (like 派出所), no span
p.ent("ORG", "中心林场尖山管护站", line=9)     # a named forest farm and its station: one ORG

# ---- line 11: no entities, no formula (二十四小时, 早发现、早治止 carry no count of parts)

# ---- site furniture
p.ent("ADMIN", "内蒙古", line=23)
p.ent("ADMIN", "兴安盟", line=23)
p.ent("ADMIN", "扎赉特旗", line=23)           # 扎赉特旗党政大楼: a building, the unit inside it ADMIN
p.ent("ORG", "扎赉特旗人民政府", line=27)     # 主办单位:扎赉特旗人民政府 (the host unit)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)            # 来源:应急管理局 发布时间:… (decision 12)
p.block(5, 5, "PAGE")                         # 字体大小 / 分享 / 打印
p.block(7, 11, "BODY", article=1)
p.block(13, 27, "PAGE")                       # 扫一扫, 上一篇, 下一篇, 相关文章, 电话, 地址, 公众号, 主办单位

p.save()
