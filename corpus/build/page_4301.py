"""page-4301: 劳动午报 (北京市总工会's paper; e-paper ldwb.workerbj.cn, issue of 2019-07-24), one article
about 西城区西长安街街道 (a Beijing sub-district). Text as returned by the `pages` store: the stored page
opens with the first body paragraph (no title, no byline stored); its last paragraph, cut off mid-sentence
(与此同时,西长安街街道也一直在探索…各方力), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4301", "corpus/raw/pages/4301_ldwb_xichanganjie_jiedao.txt",
         publisher="劳动午报", date="2019-07-24", script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "西城区", line=1)
p.ent("ADMIN", "西长安街街道", line=1)
#   国家政治核心区, 首都功能核心区: functional areas of the capital plan, no units
p.ent("ORG", "党中央", line=1)
p.ent("ORG", "全国人大常委会", line=1)
p.ent("ORG", "国务院", line=1)
#   西单商业区: a shopping district, no unit; 国家大剧院: a venue (decision 14), no span

# ---- line 2
p.ent("ORG", "西长安街街道工委", line=2)        # 街道工委书记 -> the street's Party working committee + title
p.ent("PERSON", "陈振海", line=2)
#   “长安街无小事、事事关政治”: 长安街 is a street (road), no unit
#   全国两会: a count of meetings, no formula (docs: 两会)
p.slogan("PARALLEL", "一带一路", line=2)       # “一带一路”高峰论坛: the initiative's two numeral-led parts
p.ent("ADMIN", "西长安街街道", line=2)          # 据统计,西长安街街道全年…

# ---- line 3
p.ent("ADMIN", "西长安街街道", line=3)          # the bare 街道 later on the line is a level word

# ---- line 4
p.ent("ADMIN", "西长安街街道", line=4)
#   和平门小区: a residential compound, no span; 天安门: a site, no span

# ---- line 5
p.ent("PERSON", "陈振海", line=5)
#   和平门小区 (twice): compound, no span; 街道在拆除违建: level word

# ---- line 6
#   疏解整治促提升专项行动: no numeral, no formula
p.ent("ADMIN", "西长安街街道", line=6)

# ---- blocks: no title or byline is stored; the six paragraphs are one article's body
p.block(1, 6, "BODY", article=1)

p.save()
