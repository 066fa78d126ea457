"""page-3805: 贵州文化网 (gzculture.net, 黔东南频道), one article on 黎平县平寨乡's
"两清两改两治理" village clean-up. Text as returned by the `pages` store; the stored page has
no title line (it opens with the site's breadcrumb); its last paragraph, cut off mid-sentence
("…召开动员部署会10次"), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3805", "corpus/raw/pages/3805_liping_pingzhai_lianqing.txt",
         publisher="贵州文化网", date=None, script="simplified", origin="pages")

# ---- line 1: breadcrumb (a portal's channel joins the portal, like 鳳凰網四川頻道)
p.ent("ORG", "贵州文化网-黔东南频道", line=1, nth=1)
p.ent("ORG", "贵州文化网-黔东南频道", line=1, nth=1)   # second free hit = the second mention

# ---- line 2
p.ent("ADMIN", "黎平县", line=2)
p.ent("ADMIN", "平寨乡", line=2)
#   驻村工作队, 党员干部: generic; 一个个村寨: prose

# ---- line 3
p.ent("ADMIN", "平寨村", line=3)                 # 平寨村村民姜大伯: 姜大伯 is no PERSON (kinship word)

# ---- line 4
p.ent("ADMIN", "平寨乡", line=4, nth=1)
p.slogan("PARALLEL", "两清两改两治理", line=4)   # items not spelled out in the article: no expansion
#   乡里和村里: level words
p.ent("ADMIN", "平寨乡", line=4, after="力量。")
p.ent("ADMIN", "平途村", line=4)
p.ent("PERSON", "杨细娥", line=4)

# ---- line 5
p.ent("ORG", "平寨乡农业农村综合服务中心", line=5)   # the township's institution, prefix inside
p.ent("ADMIN", "平寨乡", line=5)                  # the one opening the quote
p.slogan("PARALLEL", "两清两改两治理", line=5)
#   ‘横向到边、纵向到底’: no numeral, no formula

# ---- line 6: nothing to annotate (搬家式, 地毯式, 清零式: manners, no numerals)

# ---- blocks
p.block(1, 1, "PAGE")                 # site breadcrumb
p.block(2, 6, "BODY", article=1)

p.save()
