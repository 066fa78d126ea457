"""page-5114: 临沧市农业农村局 (Yunnan; a city-level government department), 2022-09-23, one article:
市农业农村局积极参与绿美临沧建设 (信息来源: 市农业农村局). Stored in the `pages` store on bongotimes.com,
a copy of the 临沧市人民政府 portal's page (info/1430/… and its 打印 关闭 footer; inferred).
Text as stored, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5114", "corpus/raw/pages/5114_lincang_nongyenongcun_lvmei.txt",
         publisher="临沧市农业农村局", date="2022-09-23", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市农业农村局", line=1)
p.ent("ADMIN", "临沧", line=1)                      # 绿美临沧: the city inside a campaign's name (decision 2)

# ---- line 3: meta line
p.byline("BYLINE", "信息来源: 市农业农村局", line=3)   # date and counter outside
p.ent("ORG", "市农业农村局", line=3)

# ---- line 5
p.ent("ORG", "市委", line=5)
p.ent("ORG", "市政府", line=5)
p.ent("ADMIN", "临沧", line=5, every=True)          # 绿美临沧建设工作, “绿美临沧”, 绿美临沧建设中 (3)
#   市直农业农村系统, 各支部, 基层党组织: no body named

# ---- line 7
#   党组会, 理论学习中心组会议: meetings of bare bodies, no span
p.slogan("PARALLEL", "三会一课", line=7)
p.ent("ORG", "省委", line=7)
p.ent("ORG", "省政府", line=7)
p.ent("ORG", "市委", line=7)
p.ent("ORG", "市政府", line=7)
p.ent("ADMIN", "云南", line=7)                      # 《绿美云南化为绿美临沧重点内容问答》: units inside a title
p.ent("ADMIN", "临沧", line=7)

# ---- line 9
p.ent("ORG", "市甘蔗技术推广站党支部", line=9)       # a station's branch, one span with its parent
p.ent("ORG", "水产技术推广站党支部", line=9)         # the second station (市 shared, not repeated)
p.ent("ADMIN", "文伟社区", line=9)

# ---- line 11
p.ent("ADMIN", "临沧", line=11)
p.ent("ADMIN", "文伟社区", line=11)
#   “绿美社区”: a campaign title with no name

# ---- line 13
p.slogan("PARALLEL", "双报到双服务双报告", line=13)  # three 双-led parts (双报到 is a formula, decision 10)

# ---- line 15
p.ent("ORG", "市委", line=15)
p.ent("ORG", "市政府", line=15)
p.ent("ADMIN", "临沧市", line=15, nth=1)            # 《临沧市绿美乡村三年行动方案…》 (三年行动: a count of years)
p.ent("ADMIN", "临沧市", line=15, nth=1)            # 《临沧市绿美乡村建设规划…》

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)       # web meta line with a labelled source (decision 12)
p.block(5, 15, "BODY", article=1)        # 开展集中学习。 etc. are run-in heads
p.block(17, 17, "PAGE")                  # 打印 关闭

p.save()
