"""page-3515: 台灣新聞雲報 (published on lifenews.com.tw under 合作媒體), Hualien desk, one article:
台北市議會率里長 志工考察團造訪花蓮縣議會 (year not printed). Text as returned by the `pages`
store, from its title; the cut-off last line (台北市議會議長) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3515", "corpus/raw/pages/3515_hualien_council_taipei_visit.txt",
         publisher="台灣新聞雲報", date=None, script="traditional", origin="pages")

# ---- lines 1 and 3: the title, printed twice
for ln in (1, 3):
    p.ent("ORG", "台北市議會", line=ln)
    p.ent("ORG", "花蓮縣議會", line=ln)
    p.ent("PERSON", "張峻", line=ln)                 # 張峻議長: title after the name
    p.ent("ADMIN", "花蓮", line=ln, after="常來")     # 常來花蓮旅遊

# ---- line 5: reporter line with source and desk (one BYLINE)
p.byline("BYLINE", "[台灣新聞雲報]記者王俊欽/花蓮報導")
p.ent("ORG", "台灣新聞雲報", line=5)
p.ent("PERSON", "王俊欽", line=5)
p.ent("ADMIN", "花蓮", line=5)

# ---- line 7
p.ent("ORG", "台北市議會", line=7)
p.ent("PERSON", "戴錫欽", line=7)                   # 戴錫欽議長辦公室主任: the office named by its head, no ORG
p.ent("PERSON", "林伯修", line=7)
p.ent("ADMIN", "興隆里", line=7)                    # 興隆里里長: Taiwan's 里 is village level
p.ent("PERSON", "吉娃斯‧吉果", line=7)
p.ent("ORG", "花蓮縣議會", line=7)

# ---- line 9
p.ent("PERSON", "張峻", line=9)
p.ent("PERSON", "陳德惠", line=9)
#   議會全體主管, 議會會史館: bare 議會 (institution type) and a venue, no span
p.ent("ORG", "花蓮縣議會", line=9)

# ---- line 11
p.ent("ORG", "花蓮縣議會", line=11)
p.ent("PERSON", "張峻", line=11)
p.ent("PERSON", "陳德惠", line=11)
p.ent("PERSON", "林伯修", line=11)
p.ent("ORG", "花蓮議會", line=11)                   # 花蓮議會文史館: the council named inside its venue
p.ent("ADMIN", "台灣", line=11)                     # 台灣現代史
p.ent("ADMIN", "花蓮", line=11, after="展現出")

# ---- line 13
p.ent("ADMIN", "花蓮", line=13)

# ---- line 15
p.ent("PERSON", "張峻", line=15, nth=1)
p.ent("ORG", "台北市議會", line=15)
p.ent("ADMIN", "花蓮", line=15, nth=1)              # 常常來花蓮走走玩玩
p.ent("ADMIN", "花蓮", line=15, nth=1)              # 花蓮的觀光振興 (next free hit)
p.ent("PERSON", "張峻", line=15, nth=1)             # 張峻議長強調
p.ent("ADMIN", "台灣", line=15)                     # 共創台灣各地

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "HEADLINE", article=1)                # the web page's title printed twice
p.block(5, 5, "BYLINE", article=1)
p.block(7, 15, "BODY", article=1)

p.save()
