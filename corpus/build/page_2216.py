"""page-2216: 巴士的報 (Bastille Post, bastillepost.com/hongkong), report on the 第十四屆中西區區節
opening event (「賀回歸 迎國慶」中西區青少年文化藝術大匯演, 2024). Text as returned by the `pages`
store: it holds no title line (the page opens with the lead); the last paragraph (cut off
mid-sentence: 「…讓我們一起創」) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2216", "corpus/raw/pages/2216_bastille_zhongxi_quijie.txt",
         publisher="巴士的報", date=None, script="traditional", origin="pages")

# ---- line 1: lead with the event's title
p.ent("ADMIN", "中西區", line=1, nth=1)        # 第十四屆中西區區節: unit inside an event name (decision 2)
p.ent("ADMIN", "中華人民共和國", line=1)       # a chain: 中華人民共和國|香港特別行政區
p.ent("ADMIN", "香港特別行政區", line=1)
p.ent("ADMIN", "中西區", line=1, every=True)   # 中西區區節活動系列, 中西區青少年文化藝術大匯演
#   上環: an area of 中西區, no unit (decision 15: HK units are its 18 districts)

# ---- line 7: 上環信德中心 is a venue, no span

# ---- line 9: the guests
p.ent("ORG", "民政事務總署", line=9)
p.ent("PERSON", "張趙凱渝", line=9)
p.ent("ADMIN", "中西區", line=9, nth=1)        # 中西區民政事務專員: contracted title keeps the unit
p.ent("ORG", "中西區區議會", line=9)
p.ent("PERSON", "梁子琪", line=9)
p.ent("ORG", "中聯辦港島工作部", line=9)       # sub-unit with its parent, one span
p.ent("PERSON", "楊成偉", line=9)
p.ent("ORG", "全國人大", line=9)               # 港區全國人大代表: shortened title keeps its organ
p.ent("PERSON", "李應生", line=9)
p.ent("ORG", "全國政協", line=9)               # 港區全國政協委員
p.ent("ORG", "立法會", line=9, nth=1)          # 立法會議員
p.ent("ORG", "香港島各界聯合會", line=9)
p.ent("PERSON", "蘇長荣", line=9)
p.ent("ORG", "香港中西區各界協會", line=9)
p.ent("PERSON", "葉國謙", line=9)
p.ent("ORG", "立法會", line=9, nth=1)          # 立法會議員陳家珮 (first free one now)
p.ent("PERSON", "陳家珮", line=9)
p.ent("PERSON", "陳學鋒", line=9)
p.ent("ORG", "社會福利署", line=9)             # 中西南及離島區: the department's own district, no unit
p.ent("PERSON", "林文儀", line=9)
p.ent("ORG", "廉政公署", line=9)               # 港島: a region, no unit
p.ent("PERSON", "黃小欣", line=9)
p.ent("ORG", "中區警區", line=9)               # a named police district of the force
p.ent("PERSON", "汪威遜", line=9)
p.ent("ORG", "西區警區", line=9)
p.ent("PERSON", "梁領群", line=9)
p.ent("ORG", "食環署", line=9)
p.ent("ADMIN", "中西區", line=9, after="食環署")  # 食環署中西區環境衞生總監: the district
p.ent("PERSON", "鮑仲安", line=9)

# ---- line 11
p.ent("PERSON", "周超常", line=11)
p.ent("ADMIN", "中西區", line=11)              # 中西區區節
p.ent("ADMIN", "中西", line=11)                # 家在中西: the district's short name
items = ["家在中西", "興在青年", "愛在家庭", "樂在社區"]
sl = p.slogan("GROUP", "四大主題", line=11)
pos = p.line_bounds[10][0]
pairs = []
for it in items:                               # items printed before the formula
    st, en = p.find_all(it, pos)[0]
    pairs.append([st, en]); pos = en
sl[0]["expansion"] = pairs

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(3, 3, "CAPTION", article=1)           # photo caption (image alt text and caption: printed twice)
p.block(5, 5, "CAPTION", article=1)
p.block(7, 11, "BODY", article=1)

p.save()
