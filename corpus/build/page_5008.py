"""page-5008: 香港電台 (RTHK) news item, 2024-09-29, copied on LINE TODAY (today.line.me/hk):
國慶75周年|南區舉辦熊貓主題綵艇慶祝活動. Text as returned by the `pages` store, from its title
(the browser warning and the 新聞 tab above it are left out); the links and loaders after the
article are kept as page furniture."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5008", "corpus/raw/pages/5008_rthk_southern_panda_boats.txt",
         publisher="香港電台", date="2024-09-29", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "南區", line=1)                       # Southern District, one of HK's 18 districts

# ---- line 3: the source under the headline (decision 8)
p.byline("BYLINE", "香港電台", line=3)
p.ent("ORG", "香港電台", line=3)

# ---- line 5: medium with its timestamps (the page's source line)
p.byline("BYLINE", "香港電台 RTHK", line=5)
p.ent("ORG", "香港電台", line=5)
p.ent("ORG", "RTHK", line=5)                         # the station's English short name

# ---- line 7
p.ent("ORG", "南區各界聯會", line=7)                  # a district federation (22NN decision)
p.ent("ORG", "南區各界慶典委員會", line=7)
p.ent("ORG", "南區民政事務處", line=7)
#   香港仔避風塘: 香港仔 is a place, not one of the 18 districts (decision 15); 港島73號線: no span

# ---- line 8
p.ent("ORG", "民政及青年事務局", line=8)
p.ent("PERSON", "麥美娟", line=8)
p.ent("ORG", "特區政府", line=8)                      # the HKSAR Government, one body
#   基本法23條: a law's article, no span

# ---- line 9
p.ent("PERSON", "麥美娟", line=9)
#   政府 (bare), 18區民政事務處, 區議會, 各區民政事務處, 關愛隊, 局方: generic or deictic, no span

# ---- lines 13-23: links to other stories (PAGE); their units keep their spans
p.ent("ORG", "城巴", line=13)                         # 城巴有回應: the bus company acting
#   裕民坊: a place
p.ent("ORG", "am730", line=15)
p.ent("ADMIN", "觀塘", line=17)                       # 觀塘海濱: district inside a place's name (decision 2)
p.ent("ORG", "am730", line=19)
#   上水: a town of 北區, not a district, no span
p.ent("ORG", "東網", line=23)                         # on.cc: the site's address, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 9, "BODY", article=1)
p.block(11, 11, "PAGE")        # 查看原始文章
p.block(13, 43, "PAGE")        # related links, their sources, 查看更多, loaders

p.save()
