"""page-2104: 北京青年报 (its app, app.bjtitle.com, 北京青年报客户端), 2023-03-10, one article of
the series 新时代首都发展巡礼·超大城市治理: 接诉即办:撬动超大城市治理深刻变革. Text as returned
by the `pages` store, from its title; its last paragraph (“接诉即办”,怎么“接”?…北青报记者),
cut off mid-sentence by the store, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2104", "corpus/raw/pages/2104_bjyouth_jiesujiban.txt",
         publisher="北京青年报", date="2023-03-10", script="simplified", origin="pages")

# ---- line 1: headline with its series banner (held-out decision: banner stays in HEADLINE);
#      首都 is an epithet, no span

# ---- line 2: source name under the headline, date outside (decision 8 / 12)
p.byline("BYLINE", "北京青年报客户端", line=2)
p.ent("ORG", "北京青年报客户端", line=2)          # the medium as named (a paper's app, like a site)

# ---- line 4: the lead photo's caption
p.ent("ADMIN", "海淀区", line=4)
p.ent("ADMIN", "曙光街道", line=4)
p.ent("ADMIN", "曙光花园社区", line=4)            # a community (village level), §2
#   “社区合伙人”机制: a mechanism, no span

# ---- line 6
p.ent("ADMIN", "北京", line=6, nth=1)             # 纵观北京的基层治理
p.ent("ORG", "北京青年报", line=6)                # 北京青年报记者: the paper
p.ent("ADMIN", "北京", line=6, after="采访中了解到")  # 北京经过多年的实践探索
#   民有所呼,我有所应: no numeral, no formula

# ---- line 8: 有一办一 / 举一反三 / 未诉先办: stages of the reform named by a stock phrase
#      and an idiom, no counted components: no slogan (see notes)

# ---- line 14: 12345市民服务热线: a service number, no formula (annotation.md, fourth batch)
p.ent("ADMIN", "北京市", line=14)

# ---- line 16
p.ent("ORG", "石景山鲁谷街道市民诉求处置中心", line=16)   # ORG with its admin prefix (§2)
#   处置中心 (second mention): a bare institution type, no span (decision 13)
p.slogan("PARALLEL", "双派双考", line=16)         # “双派双考平台”: 双 as a numeral in a fixed formula (decision 10)
p.ent("ORG", "街道城管办", line=16)               # a level word + organ, like 街道执法中队
#   社区物业: a generic property service, no span

# ---- line 18
p.ent("ORG", "街道城管办", line=18)
#   双双“接单”: ordinary word, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 4, "CAPTION", article=1)
p.block(6, 8, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(12, 12, "CROSSHEAD", article=1)
p.block(14, 18, "BODY", article=1)

p.save()
