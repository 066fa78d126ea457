"""agree-page-4316: Macau government press release of the 司法警察局 (Judiciary Police):
its director 薛仲明 meets students of 澳門大學 (2018, 青年工作計劃). One article, traditional script.
Second, independent annotation pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4316", "corpus/raw/pages/4316_macau_pj_umac_dialogue.txt",
         publisher="澳門特別行政區政府新聞局", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "司警局", line=1)            # 司警局局長: contracted title keeps the organ (decision 15)
p.ent("ORG", "澳大", line=1)              # 澳大學生: University of Macau, short form

# ---- line 4: lead paragraph
# 本澳: deictic 本 + one-character short form -> no span
p.ent("ORG", "司法警察局", line=4)
p.ent("PERSON", "薛仲明", line=4)
p.ent("ORG", "澳門大學", line=4)
# 該校 deictic; “青年與局長真情對話”交流會 and “青年共聚,安全社區” are an event and its theme

# ---- line 6: crosshead
p.ent("ORG", "司警局", line=6)

# ---- line 8
p.ent("ORG", "澳門特區政府", line=8)       # “2018年青年工作計劃”, “官員走訪機制”: programmes, no span
p.ent("ORG", "司警局", line=8, nth=1)
p.ent("PERSON", "薛仲明", line=8, nth=1)
p.ent("PERSON", "杜淑森", line=8)
p.ent("PERSON", "陳堅雄", line=8)
p.ent("ORG", "澳門大學", line=8)
p.ent("PERSON", "薛仲明", line=8, after="會上")   # 薛仲明局長
p.ent("ADMIN", "澳門", line=8, after="體會")      # 澳門回歸前後的治安形勢
p.ent("ORG", "司警局", line=8, every=True, after="治安形勢")   # 司警局的執法工作, 分享司警局近年
# 兩位副局長, 二十多年: ordinary counts

# ---- line 10: crosshead (no entity)

# ---- line 12
p.ent("PERSON", "薛仲明", line=12, every=True)   # two mentions (薛仲明局長 ×2)
p.ent("ORG", "司警局", line=12)
# 警方, 本澳及外地執法部門: generic; 科技強警: slogan without numeral

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(12, 12, "BODY", article=1)

p.save()
