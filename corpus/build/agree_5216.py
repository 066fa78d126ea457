"""agree-page-5216: 體育週報 (Macao), no date printed (the meeting is the 2018 general
meeting of 澳門新聞工作者協會), one article. Second-pass annotation."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5216", "corpus/raw/pages/5216_macausports_jixie_huiyuan_dahui.txt",
         publisher="體育週報", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "記協", line=1)                         # short form of 澳門新聞工作者協會

# ---- line 3
p.ent("ORG", "澳門新聞工作者協會", line=3)
#   聯邦酒樓: venue; “五‧一”國際勞動節: a holiday, no formula;
#   第廿三屆理事會 / 監事會: the association's bare boards inside report titles -> no span

# ---- line 5: officers (titles outside)
for name in ["陸波", "余建棟", "丁麗英", "鄭秀明", "梁智生"]:
    p.ent("PERSON", name, line=5)

# ---- line 7
p.ent("PERSON", "余建棟", line=7)
p.ent("ORG", "記協", line=7, every=True)             # 今年是記協成立…; 記協擁護…
p.slogan("PARALLEL", "一國兩制", line=7)              # corpus decision: PARALLEL
#   “澳人治澳”: no numeral, no formula
p.ent("ORG", "特區政府", line=7)                      # the SAR government, acting
p.ent("ADMIN", "澳門", line=7, every=True)            # 澳門新聞事業, 澳門新聞媒體, 澳門新聞業界

# ---- line 9
p.ent("ORG", "記協", line=9)
p.ent("ORG", "澳門體育記者協會", line=9)               # before the bare 澳門 hits
p.ent("ORG", "香港新聞工作者聯會代表團", line=9)        # a team an organisation sends out: one ORG with it
p.ent("ADMIN", "澳門", line=9, every=True)            # 澳門新聞同業, 澳門新聞界從業員, 重訪澳門
p.ent("ADMIN", "台灣", line=9)                        # places visited, listed as places
p.ent("ADMIN", "香港", line=9)                        # 到訪…香港
p.ent("ADMIN", "廣州", line=9)
p.ent("ADMIN", "中山", line=9)
#   本澳, 駐澳, 穗澳, 穗、港、澳: deictic / one-character short forms -> no span
#   第十五屆海峽兩岸暨四地新聞研討會: an event; 兩岸, 四地 count places, no formula
p.ent("ORG", "教青局", line=9)                        # 教育及青年局, short form
p.ent("ORG", "教育會", line=9)                        # short form of the (中華)教育會, acting (合辦)
#   七七盧溝橋事變: a date, no formula; 盧溝橋: a place
p.ent("PERSON", "方大曾", line=9)                     # real person inside an exhibition's title
#   前中央媒體: 中央 as the level media come from -> no span

# ---- line 11
p.ent("ORG", "澳門傳媒工作者組織福利會", line=11)       # quotes wrap the whole name: outside

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 11, "BODY", article=1)

p.save()
