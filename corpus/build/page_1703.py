"""page-1703: 兴化新闻网 (xinghuanews.net; the piece carries 本报讯, i.e. 兴化日报), 2021-10-12, one
article: 沙沟镇“三区”共建推动融合发展. Text as returned by the `pages` store, from its title; the
site's navigation line before the title and a last paragraph cut off mid-sentence are dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1703", "corpus/raw/pages/1703_xinghua_shagou_sanqu.txt",
         publisher="兴化新闻网（兴化日报）", date="2021-10-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "沙沟镇", line=1)
p.slogan("GROUP", "三区", line=1)              # the three zones of the town's programme; only the first
                                              # item (旅游景区) survives on the page: no expansion

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "本报讯(通讯员 姚金勇 王星云 姜洪义)")
for name in ["姚金勇", "王星云", "姜洪义"]:
    p.ent("PERSON", name, line=5)
#   康乐步行街, 外婆桥: places, no span
p.ent("ADMIN", "沙沟", line=5, nth=1)           # 来往沙沟
p.ent("ADMIN", "沙沟", line=5, nth=1)           # 沙沟真美 (second; the first is taken)

# ---- line 7
p.ent("ADMIN", "沙沟镇", line=7)
p.slogan("GROUP", "三区", line=7)
p.ent("ADMIN", "泰州", line=7)                  # 泰州西北部地区

# ---- line 9
p.ent("ADMIN", "中国", line=9)                  # 中国历史文化名镇: a title, the unit inside is ADMIN
p.ent("ADMIN", "沙沟镇", line=9)
#   鱼市口石板街、明清厕所、虹桥卧波、大士禅林、程家大院 ... 古镇十景: sights, no span, and 十景 no formula
p.ent("ORG", "苏中公学", line=9)                # 苏中公学旧址: the school whose former site it is
p.ent("ORG", "沙沟市政府", line=9)              # 沙沟市政府旧址: the organ of the 1945 沙沟市
# 四树一花 with its five items printed before it (菩提圣树 ... 枯枝牡丹)
s = p.slogan("PARALLEL", "四树一花", line=9)[0]
lo = p.find_all("串联", p.line_bounds[8][0], s["start"])[0][1]
s["expansion"] = [list(p.find_all(x, lo, s["start"])[0])
                  for x in ["菩提圣树", "万朵紫薇", "浴火香橼", "百年银杏", "枯枝牡丹"]]
#   十八帮 (a place name with a number): no formula
p.ent("ADMIN", "沙沟", line=9, after="推介")     # 沙沟大鱼圆: a product, the unit inside is ADMIN
# 三水 with its three items printed before it
s = p.slogan("GROUP", "三水", line=9)[0]
lo = p.find_all("突出", p.line_bounds[8][0], s["start"])[0][1]
s["expansion"] = [list(p.find_all(x, lo, s["start"])[0]) for x in ["水鲜", "水蔬", "水禽"]]
p.ent("ORG", "金沙沟水席馆", line=9)            # a restaurant business set up as the model (为引领)
#   统一标准、统一标杆、统一标识: no numeral, no formula
p.ent("ADMIN", "沙沟", line=9, after="致力提升")  # 沙沟美食
p.ent("ADMIN", "沙沟", line=9, after="扩大")      # 沙沟饮食文化
#   段式板凳龙舞, 彩妆游走灯会: folk arts, no span; 8项: a count
# 四大文化活动 with its four items printed before it
s = p.slogan("GROUP", "四大文化活动", line=9)[0]
lo = p.find_all("常态举办", p.line_bounds[8][0], s["start"])[0][1]
s["expansion"] = [list(p.find_all(x, lo, s["start"])[0])
                  for x in ["春季大型彩妆游走灯会", "夏季民俗文化踩街节", "金秋美食文化节", "冬至菩提圣果采撷大典"]]

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")              # publication time only
p.block(5, 9, "BODY", article=1)   # 全力打造独具魅力的旅游景区。 is a run-in head: BODY

p.save()
