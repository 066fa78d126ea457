"""page-6006: 仙桃日报 (city paper of 仙桃市, 湖北), copy on 华夏经纬网 (gd.huaxia.com, channel of
仙桃市人民政府台湾事务办公室, 新闻聚焦), 2021-03-10, one article: 石首市党政代表团来我市考察.
Text as returned by the `pages` store, from its title (the breadcrumb above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6006", "corpus/raw/pages/6006_xiantao_shishou_kaocha.txt",
         publisher="仙桃日报", date="2021-03-10", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "石首市", line=1)                  # 石首市党政代表团: a delegation, no ORG (as page-1601's 雄县考察团)

# ---- line 3: 发布时间 only (PAGE)

# ---- line 4
p.ent("ORG", "石首市委", line=4)                  # 石首市委书记
p.ent("PERSON", "石必成", line=4)
p.ent("PERSON", "王敏", line=4)                   # 市长王敏: 市 a level word (the same 石首市), no span
#   “擦亮小城镇”: no numeral
p.ent("ORG", "市委", line=4, after="工作。")   # 市委副书记 (仙桃市委)
p.ent("ORG", "政法委", line=4)                    # 政法委书记: the city's 政法委, one specific body (decision 13)
p.ent("PERSON", "郑章均", line=4)
p.ent("ORG", "市人大常委会", line=4)
p.ent("PERSON", "肖家邦", line=4)
p.ent("ORG", "市政协", line=4)
p.ent("PERSON", "魏家军", line=4)

# ---- line 6
p.ent("ADMIN", "胡场镇", line=6, every=True)       # twice; 兴隆路: a road, no span
p.slogan("PARALLEL", "一河两岸", line=6)           # numeral-led parts of a layout (like 两环、六射…)
for v in ["潭湖村", "蔡滩村", "麻港社区", "郭河镇", "建华村", "张沟镇", "联潭村", "先锋村"]:
    p.ent("ADMIN", v, line=6)

# ---- line 8: 生态美、村庄美、生活美 (no numeral), no spans

# ---- line 10
p.ent("PERSON", "郑章均", line=10)
p.ent("ADMIN", "石首市", line=10)                 # 石首市党政代表团
# “四美”: its four items are printed just before it (美丽城市、美丽城镇、美丽乡村、美丽庭院“四美”建设)
four = p.slogan("GROUP", "四美", line=10)[0]
lo, hi = p.line_bounds[10 - 1]
items = []
for s in ["美丽城市", "美丽城镇", "美丽乡村", "美丽庭院"]:
    hits = [h for h in p.find_all(s, lo, four["start"])]
    items.append(list(hits[-1]))                  # the item right before the formula
four["expansion"] = items
#   “擦亮小城镇”行动: no numeral

# ---- line 12
p.ent("PERSON", "石必成", line=12)
p.ent("ADMIN", "仙桃", line=12, every=True)        # 仙桃历来是…; 把仙桃的好经验
p.ent("ADMIN", "石首", line=12)                   # 结合石首实际
p.byline("CREDIT", "(记者  张钰)")                # closing reporter's bracket after the last sentence
p.ent("PERSON", "张钰", line=12)

# ---- line 14: the article's source line under it (decision 12)
p.byline("BYLINE", "来源:仙桃日报")
p.ent("ORG", "仙桃日报", line=14)

# ---- line 16: rights line (PAGE); the bodies named on it keep their spans
p.ent("ORG", "仙桃市人民政府台湾事务办公室", line=16)
p.ent("ORG", "华夏经纬网", line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # 发布时间:… (a time only)
p.block(4, 12, "BODY", article=1)
p.block(14, 14, "BYLINE", article=1)
p.block(16, 16, "PAGE")          # 仙桃市人民政府台湾事务办公室 华夏经纬网版权所有
p.block(18, 18, "PAGE")          # 电子邮件:…

p.save()
