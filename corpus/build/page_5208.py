"""page-5208: 洛阳日报 (洛阳日报数字报刊平台 lyrb.lyd.com.cn, 第003版 坚持以创新引领发展 建强副中心 形成增长极),
2022-04-18, one article: 党建引领增动能 建强堡垒促振兴 (新安县北冶镇仓西村, the “三清两建” campaign).
Text as returned by the `pages` store, from its title (the e-paper's page banner, 本版新闻列表, 数字报刊平台 links and
date line above it were left out); the last paragraph (仓西村不是一枝独秀…全镇共清收集体房屋11550), cut off
mid-sentence by the store, was dropped. No byline is printed in the stored opening."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5208", "corpus/raw/pages/5208_luoyang_cangxi_sanqingliangjian.txt",
         publisher="洛阳日报", date="2022-04-18", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline, no entity

# ---- line 4
#   “郑庄用半个月…”: 郑庄 is 郑庄组, a villagers' group below the village level: no span (decision 3)
p.ent("ADMIN", "新安县", line=4)
p.ent("ADMIN", "北冶镇", line=4)
p.ent("ADMIN", "仓西村", line=4)                    # 仓西村|郑庄组: the group gets no span
p.ent("PERSON", "裴周", line=4, nth=1)              # 郑庄组队长 裴周 (队长 is a title)
#   “党委、政府支持”: the bare 党委 and 政府 of the township, left without span (bare organs, 46NN)
p.ent("PERSON", "裴周", line=4, nth=1)              # 裴周总结了以上3点 (the first is taken now)

# ---- line 6
p.ent("ADMIN", "仓西村", line=6, nth=1)
p.slogan("PARALLEL", "三清两建", line=6)           # the campaign's formula, its items not spelled out here
p.ent("ADMIN", "仓西村", line=6, nth=1)             # 仓西村作为镇级试点村 (the first is taken now)

# ---- line 8
#   郑庄组: no span; “乡村夜话”: a format, no span
p.ent("ADMIN", "仓西村", line=8)
p.slogan("PARALLEL", "四议两公开", line=8)          # the established decision procedure for village affairs

# ---- line 10
p.ent("ADMIN", "仓西村", line=10)                   # 仓西村党群服务中心 “已改造提升完毕”: a building (阵地建设), a place
#   村“两委”班子: a count of bodies, neither a formula nor an ORG

# ---- line 12
p.ent("ADMIN", "仓西", line=12)                     # “仓西工作推进顺利”: the village named again by its short name (46NN)
p.ent("ORG", "仓西村党支部", line=12)               # a named village's 党支部 (decision 5); 书记 is a title
p.ent("PERSON", "刘红伟", line=12)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(4, 12, "BODY", article=1)

p.save()
