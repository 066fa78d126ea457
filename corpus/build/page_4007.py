"""page-4007: 新华日报 (text credited 来源: 新华日报; copy on 新华网 江苏频道 js.news.cn), 2022-05-12,
one article: 淮阴区渔沟镇奋力打造乡村振兴“桥头堡”. Text as returned by the `pages` store, from the
site's navigation line; the stored text breaks off after the word 农 of the next paragraph, which was
dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4007", "corpus/raw/pages/4007_huaiyin_yugou_qiaotoubao.txt",
         publisher="新华日报", date="2022-05-12", script="simplified", origin="pages")

# ---- line 1: site navigation (PAGE); the province in the channel name keeps its span
p.ent("ADMIN", "江苏", line=1)                        # 江苏要闻 (decision 2)
# ---- line 2: breadcrumb (PAGE)
p.ent("ORG", "新华网", line=2)

# ---- line 4: headline
p.ent("ADMIN", "淮阴区", line=4)
p.ent("ADMIN", "渔沟镇", line=4)

# ---- line 6: date + labelled source: a BYLINE block (decision 12)
p.byline("BYLINE", "来源: 新华日报", line=6)
p.ent("ORG", "新华日报", line=6)

# ---- line 8
p.ent("ADMIN", "渔沟镇", line=8, nth=1)               # 渔沟镇蒋桥村新型农村社区村民广场: a place, units inside
p.ent("ADMIN", "蒋桥村", line=8)
p.ent("ADMIN", "淮安市", line=8)
p.ent("ADMIN", "淮阴区", line=8)
p.ent("ADMIN", "渔沟镇", line=8)                      # second one (first already taken)
p.slogan("GROUP", "四化同步", line=8)                 # N + category, items not spelled out

# ---- line 10: crosshead (no entities)

# ---- line 12
p.ent("ADMIN", "蒋桥村", line=12)

# ---- line 14
p.ent("PERSON", "张文超", line=14)
p.ent("ADMIN", "蒋桥村", line=14, nth=1)
p.ent("ORG", "村党总支", line=14)                     # 村党总支书记: the village's own body (decision 5)
#   村“两委” (twice): a count of bodies, no formula, no ORG
p.slogan("GROUP", "双专", line=14)                    # 双 in a fixed formula (decision 10)
#   党小组之家, bare 党小组 and bare 党总支 (成为党总支和村民“连心桥”): no span (decision 5: no 村/社区)
p.ent("ADMIN", "蒋桥村", line=14)                     # 为盘活蒋桥村

# ---- line 16
#   张书记: surname + title, no PERSON; ‘支部+合作社’: no numeral, no formula
p.ent("PERSON", "李文华", line=16)

# ---- blocks
p.block(1, 2, "PAGE")              # navigation bar + breadcrumb
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 6, "BYLINE", article=1) # 2022年05月12日 07:53:02 来源: 新华日报
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(12, 16, "BODY", article=1)

p.save()
