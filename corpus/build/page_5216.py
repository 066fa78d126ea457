"""page-5216: 體育週報 (Macau sports weekly, macausports.com.mo; publisher inferred from the
site's own columns), one article: 澳門新聞工作者協會 2018年度會員大會. Text as returned by the
`pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5216", "corpus/raw/pages/5216_macausports_jixie_huiyuan_dahui.txt",
         publisher="體育週報", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("ORG", "記協", line=1)                     # short form of 澳門新聞工作者協會

# ---- line 3
p.ent("ORG", "澳門新聞工作者協會", line=3)
#   聯邦酒樓: venue; “五‧一”國際勞動節: a holiday, no slogan
#   第廿三屆理事會, 監事會: bare kinds of body -> no span

# ---- line 5: officers
for name in ["陸波", "余建棟", "丁麗英", "鄭秀明", "梁智生"]:
    p.ent("PERSON", name, line=5)

# ---- line 7
p.ent("PERSON", "余建棟", line=7)
p.ent("ORG", "記協", line=7, every=True)          # 記協成立五十周年, 記協擁護
p.slogan("PARALLEL", "一國兩制", line=7)
#   “澳人治澳”: no numeral -> no slogan
p.ent("ORG", "特區政府", line=7)                  # the SAR government (level word + organ)
p.ent("ADMIN", "澳門", line=7, every=True)        # 澳門新聞事業, 澳門新聞媒體, 澳門新聞業界

# ---- line 9 (organisations first, so that 澳門 inside them stays inside the ORG)
p.ent("ORG", "記協", line=9)
p.ent("ORG", "教青局", line=9)
p.ent("ORG", "澳門體育記者協會", line=9)
p.ent("ORG", "教育會", line=9)                    # 與教育會合辦: the association acting (short name)
p.ent("PERSON", "方大曾", line=9)                 # inside an exhibition's name
#   七七盧溝橋事變: a date-named event, no slogan; 盧溝橋 is a site
p.ent("ORG", "香港新聞工作者聯會", line=9)
p.ent("ADMIN", "澳門", line=9, every=True)        # 澳門新聞同業, 澳門新聞界從業員, 重訪澳門
for place in ["台灣", "香港", "廣州", "中山"]:
    p.ent("ADMIN", place, line=9, nth=1)          # places visited (香港 inside the 聯會 is taken)
#   本澳: one-character short form -> no span
#   “第十五屆海峽兩岸暨四地新聞研討會”: an event; 四地 counts places -> no slogan
#   “國情研修班”, “校園記者計劃”: programmes
#   前中央媒體: 中央 as a level of media -> no span; 駐澳: one character
#   有禮盃 (a cup), 穗澳 / 穗、港、澳: one-character short forms -> no span

# ---- line 11
p.ent("ORG", "澳門傳媒工作者組織福利會", line=11)   # quotes wrap the whole name -> outside

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 11, "BODY", article=1)

p.save()
