"""page-1812: 政协北京市通州区委员会 (zhengxie.bjtzh.gov.cn, 政协动态 > 动态要闻), 2018-11-12,
one article: 大厂县到通州区座谈“服务副中心建设”. Text as returned by the `pages` store, from its title
(breadcrumb and the section name 政协动态 above the title dropped; the run of blank lines before the
site footer shortened to one)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1812", "corpus/raw/pages/1812_tongzhou_zhengxie_dachang.txt",
         publisher="政协北京市通州区委员会", date="2018-11-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "大厂县", line=1)
p.ent("ADMIN", "通州区", line=1)
#   “服务副中心建设”: no numeral, no span

# ---- line 3: meta line (decision 12: one BYLINE span per labelled credit, the date outside)
p.byline("BYLINE", "来源:区政协", line=3)
p.ent("ORG", "区政协", line=3)

# ---- line 5
p.ent("ORG", "大厂县政协", line=5)                 # 大厂县政协主席 -> ORG + title
p.ent("ORG", "县委", line=5)                       # 大厂's 县委、县政府 (coordinated: two spans)
p.ent("ORG", "县政府", line=5)
p.ent("ADMIN", "通州区", line=5)
#   北京城市副中心: a planning area, no unit; 北京 inside it is ADMIN (decision 2), every mention
p.ent("ADMIN", "北京", line=5)

# ---- line 6
p.ent("ORG", "通州区政协", line=6)
p.ent("PERSON", "赵玉影", line=6)

# ---- line 7
p.ent("ADMIN", "大厂", line=7, nth=1)              # 大厂与北京城市副中心毗邻
p.ent("ADMIN", "北京", line=7, nth=1)              # 北京城市副中心 (1)
p.ent("ADMIN", "大厂", line=7)                     # 今年,大厂提出
p.slogan("GROUP", "五城同建", line=7)              # N + category + verb (like 三警融合); items not given
p.ent("ADMIN", "北京", line=7, after="五城同建")    # 打造北京城市副中心后花园
p.ent("ADMIN", "北京", line=7, after="服务副中心")  # 支持北京城市副中心建设
p.ent("ADMIN", "北京", line=7, after="作为")        # 作为北京城市副中心
p.ent("ADMIN", "通州", line=7)
p.ent("ADMIN", "北京", line=7, after="疏解")        # 疏解北京非首都功能: 北京 names the place
#   北三县 (twice): a regional name for three counties of 廊坊, no unit, no formula
#   统一规划、统一政策、… : no numeral, no formula

# ---- line 8
p.ent("ADMIN", "北京", line=8)                     # 北京城市副中心建设
p.ent("ORG", "区委统战部", line=8)
p.ent("ORG", "工商联", line=8)                     # the district's 工商联 (decision 13: one specific body)
p.ent("ORG", "中关村科技园通州园管委会", line=8)
p.ent("ORG", "发改委", line=8)
p.ent("ORG", "旅游委", line=8)
p.ent("ORG", "人保局", line=8)
p.ent("ORG", "文化委", line=8)
p.ent("ORG", "经信委", line=8)
#   等部门: generic, no span
p.ent("ADMIN", "通州区", line=8)
p.ent("ORG", "大厂县政协", line=8)
p.ent("ORG", "区委", line=8, after="大厂县政协")
p.ent("ORG", "区政府", line=8)
p.ent("ADMIN", "北京", line=8)                     # 2nd: 服从服务北京城市副中心建设

# ---- line 9
p.ent("PERSON", "赵玉影", line=9)
#   两地政府、政协: generic (two places' bodies), no span
p.ent("ADMIN", "北京", line=9, nth=1)              # 北京城市副中心建设
p.ent("ADMIN", "北京", line=9)                     # 疏解北京非首都功能
p.ent("ADMIN", "大厂", line=9)
p.ent("ADMIN", "通州", line=9)

# ---- line 10
p.ent("ORG", "区委", line=10)                      # 区委常委 -> ORG 区委 (contracted title)
p.ent("ORG", "统战部", line=10)                    # 统战部长 -> ORG 统战部 (like 宣传部长)
p.ent("PERSON", "洪波", line=10)
#   副区长: title, 区 a level word
p.ent("PERSON", "苏国斌", line=10)
p.ent("ORG", "区政协", line=10, nth=1)
p.ent("PERSON", "季志会", line=10)
p.ent("ORG", "区政协", line=10)
p.ent("PERSON", "吴涛", line=10)

# ---- line 12: site footer (PAGE), the units named on it still get ORG spans
p.ent("ORG", "中国人民政治协商会议北京市通州区委员会办公室", line=12)
p.ent("ORG", "中国人民政治协商会议北京市通州区委员会", line=12)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 10, "BODY", article=1)
p.block(12, 13, "PAGE")

p.save()
