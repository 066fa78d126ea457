"""page-5501: 中共沈阳市沈河区委宣传部 (text credited 来源:沈河区委宣传部; copy on xiaokang.lnrbxmt.com,
新闻报道 channel), 2021-08-21, one 街道 news item: 泉园街道 pairs its communities' Party committees
under the 两邻 idea. Text as returned by the `pages` store, from its title (the breadcrumb above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5501", "corpus/raw/pages/5501_shenhe_quanyuan_lianglin.txt",
         publisher="中共沈阳市沈河区委宣传部", date="2021-08-21", script="simplified", origin="pages")

# ---- line 1: headline
L1 = dict(line=1)
p.ent("ADMIN", "沈阳市", **L1)
p.ent("ADMIN", "沈河区", **L1)
p.ent("ADMIN", "泉园街道", **L1)

# ---- line 2: web meta line (date + source)
p.byline("BYLINE", "来源:沈河区委宣传部", line=2)
p.ent("ORG", "沈河区委宣传部", line=2)

# ---- line 4
L4 = dict(line=4)
p.ent("ADMIN", "沈阳市", **L4)
p.ent("ADMIN", "沈河区", **L4)
p.ent("ADMIN", "泉园街道", **L4, nth=1)              # 沈阳市沈河区泉园街道举办
p.ent("ADMIN", "泉园", **L4, after="友邻有爱")         # 暖在泉园: unit inside an activity's name (decision 2)
p.ent("ORG", "泉园街道御龙社区党委", **L4)             # one ORG with its prefixes
p.ent("ADMIN", "泉园街道", **L4, after="暖在泉园")     # 暨泉园街道践行…
p.ent("ORG", "上木场社区党委", **L4)

# ---- line 6
p.ent("ORG", "泉园街道办事处党工委", line=6)           # …党工委书记: the committee, title outside
p.ent("PERSON", "杨晓楠", line=6)
p.ent("ADMIN", "泉园", line=6, after="杨晓楠")          # “泉园模式”: unit inside a method's name

# ---- line 8
L8 = dict(line=8)
p.ent("ORG", "上木场社区党委", **L8)
p.ent("ORG", "沈阳市供销社党群工作处党支部", **L8)
p.ent("ORG", "泉园卫生服务中心党支部", **L8)
p.ent("ORG", "沈阳喜乐居物业党支部", **L8)

# ---- line 10
p.ent("ADMIN", "沈河区", line=10)

# ---- slogans: 两邻 (与邻为善、以邻为伴), nine mentions; 1+X
first = p.slogan("GROUP", "两邻", line=1, nth=1)[0]
items = [p.find_all("与邻为善")[0], p.find_all("以邻为伴")[0]]   # items printed on line 4
first["expansion"] = [list(h) for h in items]
p.slogan("GROUP", "两邻", every=True)
p.slogan("PLUS", "1+X", line=8)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 10, "BODY", article=1)

p.save()
