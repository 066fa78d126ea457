"""page-4104: 泉州晚报 (e-paper szb.qzwb.com/qzwb), 2025-05-19, one article:
片区“大党委” “组团”办实事 (丰泽区东涂社区). Text as returned by the `pages` store, from its title
(the e-paper's masthead links and date line above the title are left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4104", "corpus/raw/pages/4104_quanzhou_dongtu_dadangwei.txt",
         publisher="泉州晚报", date="2025-05-19", script="simplified", origin="pages")

# ---- line 1: headline -- 片区“大党委”: a kind of body (a mechanism), no ORG

# ---- line 3: byline + lead paragraph
p.byline("BYLINE", "本报讯 (融媒体记者陈灵 通讯员吴梅花 王秋萌)")
p.ent("PERSON", "陈灵", line=3)
p.ent("PERSON", "吴梅花", line=3)
p.ent("PERSON", "王秋萌", line=3)
p.ent("ADMIN", "东涂", line=3, nth=1)          # “家在东涂”小程序: the community's name inside an app's name
p.ent("ADMIN", "丰泽区", line=3)
p.ent("ADMIN", "东涂社区", line=3, after="丰泽区")
p.ent("ADMIN", "东涂社区", line=3, after="记者获悉")
p.ent("ADMIN", "泉州市", line=3)
p.slogan("GROUP", "三区联创", line=3)           # N + category, like 三警融合

# ---- line 5
p.ent("ADMIN", "东涂社区", line=5, nth=1)
p.ent("ADMIN", "东涂社区", line=5, after="近年来")
# “三联”: its items are printed right before it (阵地联建、治理联动、服务联手“三联”机制)
it = p.slogan("GROUP", "三联", line=5)[0]
lo, hi = p.line_bounds[4]
items = ["阵地联建", "治理联动", "服务联手"]
exp, pos = [], lo
for s in items:
    st, en = p.find_all(s, pos, hi)[0]
    exp.append([st, en]); pos = en
assert exp[-1][1] <= it["start"]
it["expansion"] = exp
p.slogan("PARALLEL", "四升一降", line=5)        # two numeral-led parts; items not spelled out

# ---- line 7
p.ent("ORG", "东涂社区党委", line=7)
p.ent("ORG", "居委会", line=7)                   # 东涂社区党委、居委会: the community's own committee (decision 5)
p.ent("ADMIN", "东涂社区", line=7, after="公共厕所")
p.ent("ORG", "区住建局", line=7)
#   经典名门小区: a residential compound, no span; 一刻钟便民如厕圈: a time, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)

p.save()
