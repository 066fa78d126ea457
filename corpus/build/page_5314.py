"""page-5314: 青海日报 (text credited 來源:青海日報 on a 青海新聞網 page, 青海新聞 channel; the stored copy is
on the mirror 944744.com, converted to traditional script), 2025-08-01, one article:
一顆“幸福菇” 情誼牽兩頭 ——記“青海省擁政愛民模范單位”門源縣人武部 (門源回族自治縣東川鎮香卡村).
Text as returned by the `pages` store, from the site's navigation bar; the store's opening ends inside
the eighth body paragraph (…產業園的經濟收入不僅給全村652戶), which is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5314", "corpus/raw/pages/5314_qhrb_menyuan_xingfugu.txt",
         publisher="青海日报", date="2025-08-01", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: the site's navigation bar (PAGE)
p.ent("ORG", "省委", line=1)                     # 省委文件: the issuing organ inside a document label
p.ent("ORG", "青海省人民政府網", line=1)         # an organ's own web site is ORG (like 中国政府网)
#   藏文網: the Tibetan-language edition's link, no name

# ---- line 4: breadcrumb (PAGE)
p.ent("ORG", "青海新聞網", line=4)
p.ent("ADMIN", "青海", line=4, after="青海新聞網")   # channel 青海新聞: unit inside a section's name

# ---- line 6: subhead
p.ent("ADMIN", "青海省", line=6)                 # “青海省擁政愛民模范單位”: unit inside an honour's name
p.ent("ORG", "門源縣人武部", line=6)

# ---- lines 7-8: labelled credits; line 10: editor line
p.byline("BYLINE", "來源:青海日報", line=7)
p.ent("ORG", "青海日報", line=7)
p.byline("BYLINE", "作者:王宥力 劉 祎 董宏英", line=8)
p.ent("PERSON", "王宥力", line=8)
p.ent("PERSON", "劉 祎", line=8)                 # name with its layout space
p.ent("PERSON", "董宏英", line=8)
p.ent("PERSON", "何繼紅", line=10)               # 編輯: line is PAGE, the name is still PERSON

# ---- line 12: source tag + first paragraph
p.byline("BYLINE", "青海新聞網·江源新聞客戶端訊", line=12)
p.ent("ORG", "青海新聞網", line=12)
p.ent("ORG", "江源新聞", line=12)                # the paper's app; 客戶端 (app) outside, like 掌中安徽|APP下载
p.ent("ADMIN", "海北藏族自治州", line=12)
p.ent("ADMIN", "門源回族自治縣", line=12)
p.ent("ADMIN", "東川鎮", line=12)
p.ent("ADMIN", "香卡村", line=12)

# ---- lines 14-24
p.ent("PERSON", "馬志祥", line=14)
p.ent("PERSON", "多吉", line=18)                 # 多吉大姐: a Tibetan personal name + address word
p.ent("PERSON", "馬志祥", line=18)
p.ent("PERSON", "馬志祥", line=20)
#   “軍民共建產業園”: a park, no span
p.ent("ADMIN", "香卡村", line=22)
p.ent("PERSON", "馬志祥", line=22)
p.ent("PERSON", "馬志祥", line=24, nth=1)
p.ent("PERSON", "馬志祥", line=24)

# ---- blocks
p.block(1, 1, "PAGE")                    # navigation bar
p.block(3, 4, "PAGE")                    # 站內檢索 / breadcrumb
p.block(5, 5, "HEADLINE", article=1)
p.block(6, 6, "SUBHEAD", article=1)      # opens with ——
p.block(7, 8, "BYLINE", article=1)       # 來源: / 作者: (labelled credits)
p.block(9, 10, "PAGE")                   # date-only line / editor line
p.block(12, 24, "BODY", article=1)

p.save()
