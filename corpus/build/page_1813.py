"""page-1813: 梅县区广播电视台 (梅州市梅县区, account mxqgbdst on gcable's wechatcmc platform), one
article on the 驻镇帮镇扶村 work team entering 白渡镇. Text as returned by the `pages` store (it opens
with the body: no title is stored)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1813", "corpus/raw/pages/1813_meixian_baidu_zhuzhen.txt",
         publisher="梅县区广播电视台", date=None, script="simplified", origin="pages")

# ---- line 1
#   乡村振兴驻镇帮镇扶村工作队: the generic name of a kind of team (one per town), no ORG
p.ent("ADMIN", "白渡镇", line=1, every=True)                 # 2

# ---- line 2
p.ent("PERSON", "于建军", line=2, every=True)                 # 队长于建军 ... 于建军说
p.ent("ADMIN", "广州市", line=2)
p.ent("ADMIN", "荔湾区", line=2)
p.ent("ADMIN", "白渡镇", line=2)

# ---- line 3
p.ent("ADMIN", "白渡镇", line=3, every=True)                 # 2 (白渡镇宋湘故居, 白渡镇人文资源)
p.ent("PERSON", "宋湘", line=3)                               # 宋湘故居: a real person inside a site name
p.ent("ORG", "福德金属", line=3)                              # an enterprise by its trade name

# ---- line 4
p.ent("PERSON", "于建军", line=4)
p.ent("ADMIN", "白渡镇", line=4)
p.ent("ADMIN", "悦一村", line=4)
p.ent("ADMIN", "悦来村", line=4)

# ---- line 5: 文化、产业、生态、人才、组织等五大振兴 (items printed before the formula)
p.ent("ADMIN", "白渡镇", line=5, every=True)                 # 2
lo, hi = p.line_bounds[4]
items = [p.find_all(s, lo, hi)[0] for s in ["文化", "产业", "生态", "人才", "组织"]]
sl = p.slogan("GROUP", "五大振兴", line=5)
sl[0]["expansion"] = [list(x) for x in items]

# ---- lines 6-8
p.ent("ADMIN", "白渡镇", line=6)
p.ent("ADMIN", "白渡镇", line=7)
p.ent("ORG", "白渡镇创乐村党支部", line=8)                    # one named village body (the ORG holds the chain)
p.ent("ADMIN", "创乐村", line=8, every=True)                  # 2 more (我们创乐村 twice)
p.ent("PERSON", "宋达先", line=8)

# ---- lines 9-11: credit and editor lines
p.byline("BYLINE", "全媒体记者:谢瑜 李金泽", line=9)
p.ent("PERSON", "谢瑜", line=9)
p.ent("PERSON", "李金泽", line=9)
p.ent("PERSON", "凰仪", line=10)
p.ent("PERSON", "谢勇", line=11)
p.ent("PERSON", "陈海", line=11)

# ---- blocks
p.block(1, 8, "BODY", article=1)
p.block(9, 9, "BYLINE", article=1)     # labelled reporter line below the article (decision 12)
p.block(10, 12, "PAGE")                # editor lines and 热门评论 (site furniture): one run, one block

p.save()
