"""page-4316: 澳門司法警察局 press release on the Macao SAR government portal (gov.mo/zh-hant/news/236233),
undated on the page (the event is 3月28日 of the 2018年青年工作計劃), one article: the director of the
Judiciary Police meets students of the University of Macau. Text as returned by the `pages` store,
from its title (the skip-navigation line 跳過導航 above it is left out); its last paragraph, cut off
mid-sentence (薛仲明局長又稱,…並鼓勵在場學生踴躍報名參與該項), is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4316", "corpus/raw/pages/4316_macau_pj_umac_dialogue.txt",
         publisher="澳門司法警察局", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "司警局", line=1)                      # short form of 司法警察局 (like 廉署)
p.ent("ORG", "澳大", line=1)                        # short form of 澳門大學 (澳大學生)

# ---- line 4
#   本澳: one-character short form, no ADMIN
p.ent("ORG", "司法警察局", line=4)
p.ent("PERSON", "薛仲明", line=4)
p.ent("ORG", "澳門大學", line=4)
#   “青年與局長真情對話”, “青年共聚,安全社區”: an event's name and its theme, no span

# ---- line 6: crosshead
p.ent("ORG", "司警局", line=6)

# ---- line 8
p.ent("ORG", "澳門特區政府", line=8)                # the region's own government, one ORG with the region
#   “2018年青年工作計劃”, “官員走訪機制”: programmes, no span
p.ent("ORG", "司警局", line=8, nth=1)               # 司警局局長薛仲明
p.ent("PERSON", "薛仲明", line=8, nth=1)
p.ent("PERSON", "杜淑森", line=8)
p.ent("PERSON", "陳堅雄", line=8)
p.ent("ORG", "澳門大學", line=8)
p.ent("PERSON", "薛仲明", line=8)                   # 會上,薛仲明局長分享…
p.ent("ADMIN", "澳門", line=8, after="刑偵工作的經驗和體會")   # 澳門回歸前後: the region as a place
p.ent("ORG", "司警局", line=8, every=True)          # 司警局的執法工作情況, 分享司警局近年偵破…

# ---- line 12
p.ent("PERSON", "薛仲明", line=12, every=True)      # twice
p.ent("ORG", "司警局", line=12)
#   警方, 外地執法部門: generic, no span; 本澳: no ADMIN

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(12, 12, "BODY", article=1)

p.save()
