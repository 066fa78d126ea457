"""page-3712: 开化新闻网 (开化县新闻中心, khnews.zjol.com.cn), 2018-06-15, one article:
省长点赞开化“五养”胜地. Text as returned by the `pages` store, from its title (the site banner
开化新闻网 above it is left out); the last paragraph (“养肺”:…解决“呼吸), cut off mid-sentence by
the store, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3712", "corpus/raw/pages/3712_kaihua_wuyang_dahuayuan.txt",
         publisher="开化新闻网", date="2018-06-15", script="simplified", origin="pages")

# ---- line 1: headline; first mention of 五养 carries the expansion (items listed on line 7)
p.ent("ADMIN", "开化", line=1)
p.slogan("GROUP", "五养", line=1, expansion=["养眼", "养肺", "养胃", "养脑", "养心"])

# ---- line 5
p.ent("ADMIN", "浙江省", line=5)                 # 浙江省大花园建设动员部署会: unit inside an event name
p.ent("PERSON", "袁家军", line=5)                # 省长袁家军 (bare 省: level word)
p.ent("ADMIN", "开化", line=5, nth=1)            # 推介开化“好地方”
#   钱江源 (x4: 钱江源, 钱江源国家公园, 开化钱江源, 钱江源青蛳): the river's source region, no unit
p.ent("ADMIN", "开化", line=5, nth=1)            # 开化钱江源
p.ent("ADMIN", "开化", line=5, nth=1)            # 开化齐溪镇
p.ent("ADMIN", "齐溪镇", line=5)
#   全省: level word; 11道名菜: a count

# ---- line 7
p.ent("PERSON", "袁家军", line=7)

# ---- line 9
p.ent("ADMIN", "开化", line=9)
p.slogan("GROUP", "五养", line=9)

# ---- line 11: run-in head “养眼”: (an item, BODY); no entity

# ---- line 13
p.ent("ADMIN", "开化", line=13)
#   九山半水半分田: a ratio of land, no formula; 全球, 全国, 国家级…: no unit

# ---- line 15
#   根宫佛国, 古田山, 根缘小镇: scenic sites / places, no span
p.ent("ADMIN", "长虹", line=15)                  # 七彩长虹: 长虹乡 inside a scenic brand (decision 2)
#   金溪桃韵: 金溪 read as the stream, no span (doubt, notes)
p.ent("ADMIN", "龙门", line=15)                  # 九溪龙门: 齐溪镇龙门村 inside a scenic brand
#   秀丽潭头: 潭头 may be a village, not confirmed from the page or the store: no span (doubt, notes)
p.ent("ADMIN", "霞山", line=15)                  # 霞山古村: like 大阳古镇 -> 大阳
p.ent("ADMIN", "浙江省", line=15)                # 浙江省美丽乡村示范县 (award)
p.ent("ADMIN", "浙江", line=15, after="美丽")     # 美丽浙江建设工作考核优秀县
p.slogan("GROUP", "两美", line=15)               # 两美浙江: 两美 (美丽浙江、美好生活), items not listed
p.ent("ADMIN", "浙江", line=15, after="两美")     # 两美浙江特色体验地
p.ent("ADMIN", "中国", line=15)                  # 中国十大最受欢迎旅游小镇 (award list: no formula)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                            # date-only line
p.block(5, 15, "BODY", article=1)

p.save()
