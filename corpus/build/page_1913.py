"""page-1913: 大兴安岭地区新林区人民政府 (dxalxl.gov.cn), 2023-03-16, one article:
新华社黑龙江分社社长、分党组书记刘伟带队深入新林区调研. Text as returned by the `pages`
store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1913", "corpus/raw/pages/1913_xinlin_xinhua_diaoyan.txt",
         publisher="大兴安岭地区新林区人民政府", date="2023-03-16", script="simplified",
         origin="pages")

# ---- line 1: headline
p.ent("ORG", "新华社黑龙江分社", line=1)            # a branch written after its parent: one ORG
#   分党组 (书记): the branch's party group named bare, a kind of body (like 机关党委): no span
p.ent("PERSON", "刘伟", line=1)
p.ent("ADMIN", "新林区", line=1)

# ---- line 2: web meta line
p.byline("BYLINE", "发布人:信息中心", line=2)        # labelled credit (decision 12); date outside
#   信息中心: the site's own office named bare (like 来源：办公室): no ORG

# ---- line 4
p.ent("ORG", "新华社黑龙江分社", line=4)
p.ent("PERSON", "刘伟", line=4)
p.ent("ADMIN", "新林区", line=4)
p.ent("ORG", "地委", line=4)                        # 地委委员 -> the prefecture's Party committee
p.ent("ORG", "宣传部", line=4, nth=1)                # 宣传部部长 (the 地委's)
p.ent("PERSON", "李佰铮", line=4)
p.ent("ORG", "大兴安岭日报社党组", line=4)           # 党组书记: contracted title keeps the sub-body
p.ent("PERSON", "李睿军", line=4)
p.ent("ORG", "区委", line=4, after="一同调研")        # 区委书记
p.ent("PERSON", "蒋明明", line=4)
p.ent("ORG", "区委", line=4, after="蒋明明")          # 区委常委
p.ent("ORG", "宣传部", line=4, after="区委常委")       # 宣传部部长 (the 区委's)
p.ent("ORG", "统战部", line=4)
p.ent("PERSON", "何桂华", line=4)

# ---- line 5
p.ent("PERSON", "刘伟", line=5, nth=1)
p.ent("ADMIN", "塔源镇", line=5)                     # 塔源镇华罗庚林业情怀纪念馆: a venue, unit inside
p.ent("PERSON", "华罗庚", line=5)                    # a real person inside a site's name
#   “森朴落”旅游服务中心: a tourist facility, no ORG (decision 14)
p.ent("ADMIN", "塔尔根镇", line=5)
p.ent("PERSON", "刘伟", line=5)                      # 每到一处,刘伟都…
#   党的二十大, 全国“两会”: no slogan (二十大; 两会 is a count of meetings)

# ---- line 6
p.ent("PERSON", "刘伟", line=6, nth=1)
p.ent("ADMIN", "新林区", line=6, nth=1)
p.ent("ORG", "党中央", line=6)                       # 心向党中央
p.slogan("COUNT", "六个兴安", line=6)                 # items not spelled out: no expansion
p.ent("ADMIN", "兴安", line=6, after="六个")          # decision 2: the unit (大兴安岭地区) inside a campaign name
p.ent("PERSON", "刘伟", line=6, after="表示肯定")
p.ent("PERSON", "李强", line=6)                      # 李强总理
p.ent("ORG", "新华社黑龙江分社", line=6)
p.ent("ADMIN", "新林区", line=6, after="全方位展示")
p.ent("ADMIN", "龙江", line=6)                       # short form of 黑龙江 (province)
p.ent("ADMIN", "兴安", line=6, after="龙江")          # short form of 大兴安岭地区
p.ent("ADMIN", "新林区", line=6, after="同时")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)     # 日期:… 发布人:信息中心 (meta line with the article's credit)
p.block(3, 3, "PAGE")                  # 浏览量:1553 (counter)
p.block(4, 6, "BODY", article=1)

p.save()
