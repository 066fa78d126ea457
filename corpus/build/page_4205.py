"""page-4205: 舒城县教育局 (舒城教育信息网, old.scjyxx.net, the county education bureau's site,
run by 舒城县教育局电化教育馆), 2015-12-29, one article: 全市工业招商引资暨城市建设重点项目观摩团到
舒城二中新校区观摩. Text as returned by the `pages` store, from the site banner."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4205", "corpus/raw/pages/4205_shucheng_jyj_erzhong.txt",
         publisher="舒城县教育局", date="2015-12-29", script="simplified", origin="pages")

# ---- line 1: site banner (an organ's own web site is ORG)
p.ent("ORG", "舒城教育信息网", line=1)

# ---- line 3: headline; the visiting 观摩团 is a delegation (no ORG), 新校区 is the campus site
p.ent("ORG", "舒城二中", line=3)

# ---- line 4: meta line: one BYLINE span per labelled credit, date outside
p.byline("BYLINE", "单位:舒城县教育局", line=4)
p.ent("ORG", "舒城县教育局", line=4)
p.byline("BYLINE", "发稿人:舒城二中", line=4)
p.ent("ORG", "舒城二中", line=4)

# ---- line 6
p.ent("ORG", "市委", line=6)                     # 市委副书记: title keeps its organ
p.ent("PERSON", "毕小彬", line=6)                 # 市长 is a title
p.ent("ORG", "舒城二中", line=6)
for name in ["金德元", "张秀萍", "沙际涛", "孙燕", "赵珞", "汤中明", "刘浦生"]:
    p.ent("PERSON", name, line=6)

# ---- line 8
p.ent("PERSON", "刘浦生", line=8)                 # 副县长 is a title
p.ent("ORG", "舒城二中", line=8)

# ---- line 10
p.ent("ORG", "舒城二中", line=10, nth=1)
p.ent("ORG", "舒城二中", line=10, nth=1)          # second mention (first now taken)
p.ent("ADMIN", "舒城", line=10, after="展示")       # 舒城教育形象
p.ent("ADMIN", "舒城", line=10, after="形象和")     # 舒城社会事业
p.byline("CREDIT", "(特约通讯员:段胜利)", line=10)
p.ent("PERSON", "段胜利", line=10)

# ---- footer (PAGE lines; their bodies keep spans)
p.ent("ORG", "舒城县教育局电化教育馆", line=22)
p.ent("ORG", "舒城县教育局电化教育馆", line=23)
p.ent("ORG", "舒城县教育局信息中心", line=23)
p.ent("ORG", "龙讯科技", line=23)                   # the site's technical contractor (company)
p.ent("ADMIN", "舒城县", line=24)
p.ent("ADMIN", "城关镇", line=24)                   # street address: 大黉水巷 is a lane, no span
#   皖ICP备 / 皖舒公网备: one-character short forms, no span

# ---- blocks
p.block(1, 2, "PAGE")            # site banner and breadcrumb (one run of furniture)
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "BYLINE", article=1)   # 字体/日期/单位/发稿人/关闭 meta line
p.block(6, 10, "BODY", article=1)
p.block(22, 25, "PAGE")          # copyright, host, address, browser lines

p.save()
