"""page-3307: 鄂州市人民政府 (鄂州政府网, ezhou.gov.cn, 专题 section), 2022-08-05, one article:
华容区建强基层党组织,领航乡村发展——支部领着干,振兴可期盼. Text as returned by the `pages`
store, from its title; its last paragraph (cut off mid-sentence: …担起“头雁”之) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3307", "corpus/raw/pages/3307_ezhou_huarong_dangjian.txt",
         publisher="鄂州市人民政府", date="2022-08-05", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "华容区", line=1)

# ---- line 3: web meta line (信息来源:鄂州政府网 日期:… 语音:播放)
p.byline("BYLINE", "信息来源:鄂州政府网", line=3)
p.ent("ORG", "鄂州政府网", line=3)                 # the city government's own site

# ---- line 5
p.ent("ORG", "华容区临江乡新港村党支部", line=5)    # one named village body with its admin prefix
p.ent("PERSON", "万秋云", line=5)
p.ent("ORG", "村委会", line=5)                      # 新港村's committee (decision 5)
p.ent("ORG", "湖北庄禾农业", line=5)                # the company; 产业园 is a place
p.ent("ADMIN", "新港", line=5, after="湖北庄禾农业")  # 新港产业园: the village's bare name inside a site name

# ---- line 7
#   徐总: surname + title, no PERSON
p.ent("PERSON", "徐志齐", line=7)
p.ent("PERSON", "万秋云", line=7)

# ---- lines 9, 11, 13
p.ent("ADMIN", "新港村", line=9)
p.ent("ADMIN", "新港村", line=11)
p.ent("PERSON", "万秋云", line=13)

# ---- line 15
p.ent("ADMIN", "华容区", line=15)
#   做强乡镇、做优乡村、做精村湾、做实系统、做活治理: no numeral, no formula
#   “整市提升·城乡融合”: no numeral, no formula
p.ent("ADMIN", "华容镇", line=15)
p.ent("ADMIN", "芦花村", line=15)
p.ent("ADMIN", "段店镇", line=15)
p.ent("ADMIN", "中湾村", line=15)

# ---- line 19
p.ent("ADMIN", "中湾村", line=19, nth=1)
p.ent("ADMIN", "寿光", line=19)                     # 寿光蔬菜基地: a unit's name inside a site/brand name
p.ent("ADMIN", "中湾村", line=19)

# ---- line 21
p.ent("ADMIN", "中湾村", line=21)
p.ent("ORG", "村党支部", line=21)                   # 中湾村's branch (decision 5)
p.ent("PERSON", "杨振平", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 15, "BODY", article=1)
p.block(17, 17, "CROSSHEAD", article=1)
p.block(19, 21, "BODY", article=1)

p.save()
