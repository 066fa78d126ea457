"""page-2715: kingtop.com.tw, a 嘉義/雲林 local news site (嘉雲特派員), one article:
嘉義縣長翁章梁 back at work after the 五合一 election (2022-11-30 by the text, date not printed).
Text as returned by the `pages` store (it holds no title: it opens with the site's menu); the last
paragraph (他期勉同仁…能充滿) was cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2715", "corpus/raw/pages/2715_kingtop_chiayi_weng_return.txt",
         publisher="kingtop.com.tw", date=None, script="traditional", origin="pages")

# ---- lines 1-6: the site's menu (PAGE); units keep their spans
p.ent("ADMIN", "雲林", line=1)                 # 114全運在雲林: unit inside an event name (decision 2)
p.ent("ADMIN", "嘉市", line=2)                 # 嘉市潮選店: 嘉市 = 嘉義市, two-character short form
#   日本沖繩月: a foreign place, no span
p.ent("ORG", "雲林縣政府文化觀光處", line=4)   # a department with its parent (sub-unit joins it)

# ---- line 8: byline + first paragraph
p.byline("BYLINE", "【嘉雲特派員陳信利/嘉義縣報導】")
#   嘉雲 (嘉義+雲林, one character each): no ADMIN (held-out decision on fused abbreviations)
p.ent("PERSON", "陳信利", line=8)
p.ent("ADMIN", "嘉義縣", line=8)                # dateline place inside the byline (decision 12)
p.slogan("GROUP", "五合一", line=8)             # 五合一選舉: N合一 is GROUP; the noun 選舉 stays out
p.ent("PERSON", "翁章梁", line=8)
p.ent("ORG", "縣府", line=8)                    # 抵達縣府時: short for 縣政府
#   翁縣長 (surname + title): no PERSON, here and below
p.ent("ADMIN", "嘉義縣", line=8)                # 嘉義縣各村里

# ---- line 10
p.ent("ORG", "縣府", line=10, every=True)       # 縣府團隊 x2
p.ent("ADMIN", "嘉義", line=10, every=True)     # 嘉義轉型, 帶給嘉義希望

# ---- line 12
p.ent("ORG", "縣府", line=12)                   # 回到縣府時; 府內同仁: one character, no span

# ---- line 14
p.ent("ORG", "縣府", line=14)                   # 縣府同仁

# ---- line 16
p.ent("ORG", "嘉義縣政府", line=16)
p.ent("ADMIN", "嘉義", line=16, nth=1)          # 帶動嘉義發展
p.ent("ADMIN", "嘉義縣", line=16)               # 嘉義縣是個…
p.ent("ORG", "縣府", line=16)                   # 縣府團隊
p.ent("ADMIN", "嘉義", line=16)                 # 引領嘉義向前邁進

# ---- line 18
p.ent("ADMIN", "嘉義縣", line=18)

# ---- line 20
p.ent("ADMIN", "嘉義", line=20, every=True)     # 嘉義生活, 對嘉義的認同

# ---- blocks
p.block(1, 6, "PAGE")                           # site menu
p.block(8, 22, "BODY", article=1)               # paragraphs split by space-only lines

p.save()
