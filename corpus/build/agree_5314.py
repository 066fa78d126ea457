"""agree-page-5314: 青海日报 (text on 青海新聞網, traditional script), 2025-08-01, one article:
一顆“幸福菇” 情誼牽兩頭 ——記門源縣人武部. Second (independent) pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5314", "corpus/raw/pages/5314_qhrb_menyuan_xingfugu.txt",
         publisher="青海日报", date="2025-08-01", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: navigation bar (PAGE); its units keep their spans
p.ent("ORG", "省委", line=1)                      # 省委文件: documents of the provincial Party committee
p.ent("ORG", "青海省人民政府網", line=1)           # an organ's own web site is ORG
#   藏文網: the site's Tibetan-language version, no name of its own -> no span

# ---- line 4: breadcrumb  您當前的位置 : 青海新聞網青海新聞
p.ent("ORG", "青海新聞網", line=4)
p.ent("ADMIN", "青海", line=4)                     # section 青海新聞: unit inside a section name (decision 2)

# ---- lines 5-6: headline and subhead
p.ent("ADMIN", "青海省", line=6)                   # “青海省擁政愛民模范單位”: an award title (decision 2)
p.ent("ORG", "門源縣人武部", line=6)

# ---- lines 7-10: meta lines
p.byline("BYLINE", "來源:青海日報", line=7)
p.ent("ORG", "青海日報", line=7)
p.byline("BYLINE", "作者:王宥力 劉 祎 董宏英", line=8)
p.ent("PERSON", "王宥力", line=8)
p.ent("PERSON", "劉 祎", line=8)
p.ent("PERSON", "董宏英", line=8)
p.ent("PERSON", "何繼紅", line=10)                 # editor line: PAGE, the name still PERSON

# ---- line 12: source tag + first paragraph
p.byline("BYLINE", "青海新聞網·江源新聞客戶端訊", line=12)
p.ent("ORG", "青海新聞網", line=12)
p.ent("ORG", "江源新聞", line=12)                  # the app 江源新聞; 客戶端 is its channel (安徽财经网|手机版)
p.ent("ADMIN", "海北藏族自治州", line=12)
p.ent("ADMIN", "門源回族自治縣", line=12)
p.ent("ADMIN", "東川鎮", line=12)
p.ent("ADMIN", "香卡村", line=12)

# ---- lines 14-24
p.ent("PERSON", "馬志祥", line=14)
p.ent("PERSON", "多吉", line=18)                   # 多吉大姐: a Tibetan given name + address word
p.ent("PERSON", "馬志祥", line=18)
p.ent("PERSON", "馬志祥", line=20)
#   “軍民共建產業園”, 產業園: a park, no span
p.ent("ADMIN", "香卡村", line=22)
p.ent("PERSON", "馬志祥", line=22)
p.ent("PERSON", "馬志祥", line=24, every=True)     # 2x

# ---- blocks
p.block(1, 1, "PAGE")                 # navigation bar
p.block(3, 4, "PAGE")                 # search box, breadcrumb (line 2 is a lone space: blank)
p.block(5, 5, "HEADLINE", article=1)
p.block(6, 6, "SUBHEAD", article=1)   # ——記…
p.block(7, 8, "BYLINE", article=1)    # 來源: / 作者: credits (decision 12)
p.block(9, 10, "PAGE")                # date-only line, editor line
p.block(12, 24, "BODY", article=1)

p.save()
