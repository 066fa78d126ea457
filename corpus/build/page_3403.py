"""page-3403: 中国青年报 (zqb.cyol.com e-paper), 2023-02-20, 04版, one article: 微心愿
(a digest of two youth-league officials' statements). Text as returned by the `pages`
store, from its title (the e-paper's date banner above the title is left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3403", "corpus/raw/pages/3403_cyol_weixinyuan_longhua.txt",
         publisher="中国青年报", date="2023-02-20", script="simplified", origin="pages")

# ---- lines 2-5: the e-paper's labelled source line 来源:中国青年报 (2023年02月20日 04 版)
p.byline("BYLINE", "来源:中国青年报", line=2)       # labelled credit (decision 12); edition date outside
p.ent("ORG", "中国青年报", line=2)

# ---- line 6: first speaker line (digest, decision 8)
p.byline("BYLINE", "杭州师范大学团委副书记 李仁杰", line=6)
p.ent("ORG", "杭州师范大学团委", line=6)            # a sub-unit with its parent (decision 13)
p.ent("PERSON", "李仁杰", line=6)

# ---- line 7: his statement
p.ent("ORG", "师大共青团", line=7, nth=1)            # the university's youth league, acting
p.ent("ORG", "师大共青团", line=7, nth=1)            # second mention (first one now taken)
p.ent("ORG", "师大", line=7, after="都会有")          # 师大青年: the university by its short form
p.ent("ORG", "师大", line=7, after="也将会是")        # 师大青年助力…
p.slogan("PARALLEL", "一老一小", line=7)              # national policy formula, items not spelled out

# ---- line 8: second speaker line
p.byline("BYLINE", "团河北省承德市隆化县委书记 赵亭亭", line=8)
p.ent("ORG", "团河北省承德市隆化县委", line=8)        # the county league committee with its admin prefix
p.ent("PERSON", "赵亭亭", line=8)

# ---- line 9: her statement
p.ent("ORG", "团隆化县委", line=9, nth=1)
p.ent("ORG", "县级青年志愿者协会", line=9)            # the county's association, one specific body
p.ent("ADMIN", "隆化", line=9, after="组织")          # 隆化籍在校大学生
p.ent("ORG", "团隆化县委", line=9, nth=1)             # second mention
p.ent("ORG", "青年志愿者协会", line=9, after="继续加强") # the same association, named again
p.ent("ORG", "隆化县大学生联络站", line=9)            # set up by the committee (组织成立…)
p.ent("ADMIN", "隆化", line=9, after="招募更多")       # 隆化籍优秀大学生

# ---- line 10: closing source line
p.byline("BYLINE", "来源:中国青年报", line=10)
p.ent("ORG", "中国青年报", line=10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 5, "BYLINE", article=1)       # 来源:中国青年报 ( / 2023年02月20日 / 04 / 版)
p.block(6, 6, "BYLINE", article=1)
p.block(7, 7, "BODY", article=1)
p.block(8, 8, "BYLINE", article=1)
p.block(9, 9, "BODY", article=1)
p.block(10, 10, "BYLINE", article=1)

p.save()
