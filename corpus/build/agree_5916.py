"""agree-page-5916: 仙游新闻网 (text credited to 仙游今報), 2015-05-21,
仙游邊界行:東許筑巢迎鳳來(圖). Second (independent) pass. One article with three captions."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5916", "corpus/raw/pages/5916_xianyou_dongxu_bianjiexing.txt",
         publisher="仙游新闻网", date="2015-05-21", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "仙游", line=1)               # 仙游邊界行: the series' name (decision 2)
p.ent("ADMIN", "東許", line=1)               # 東許村 by its name (named in full in the body)

# ---- line 2: web meta line (timestamp outside; 來源 is a labelled credit; editor is no byline)
p.byline("BYLINE", "來源:仙游今報", line=2)
p.ent("ORG", "仙游今報", line=2)
p.ent("PERSON", "黃妍", line=2)              # 責任編輯:黃妍 (names on editor lines are PERSON)

# ---- line 4: lead paragraph: 市區, 縣城, 市級生態村 generic, no span

# ---- captions, lines 6, 8, 10
p.ent("ORG", "莆田學院", line=10)            # 莆田學院新聞專業學生: 新聞專業 is a major, not a body

# ---- line 12
p.ent("ADMIN", "仙游", line=12, nth=1)       # “仙游邊界行”大型系列采訪組 (no ORG for the reporting group)
p.ent("ADMIN", "蓋尾鎮", line=12)
p.ent("ADMIN", "東許村", line=12, nth=1)
p.ent("ORG", "今報", line=12)                # 今報記者: the paper's short name (仙游今報)
p.ent("ORG", "莆田學院閩臺新聞班", line=12)    # a class of the college, one ORG with its parent
p.ent("ADMIN", "仙游", line=12, after="五月的")
p.ent("ADMIN", "東許村", line=12, after="新聞學子")

# ---- line 13
p.ent("ADMIN", "東許村", line=13)
p.ent("ADMIN", "仙游縣", line=13, nth=1)     # 仙游縣東北部
p.ent("ADMIN", "仙游縣", line=13, nth=1)     # 仙游縣城 -> 仙游縣
p.ent("ADMIN", "莆田市", line=13)            # 莆田市區 -> 莆田市
p.ent("ADMIN", "城廂區", line=13)
p.ent("ADMIN", "華亭鎮", line=13)
p.ent("ADMIN", "澗口村", line=13)
p.ent("ADMIN", "星莊村", line=13)
p.ent("ADMIN", "斜尾村", line=13)
p.ent("ADMIN", "后井村", line=13)
# 8個自然村, 21個村民小組, 七個大姓 (surnames 石、陳、黃…): counts, no spans; 木蘭溪: a river

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)           # meta line holding 來源:仙游今報 (decision 12)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "CAPTION", article=1)
p.block(8, 8, "CAPTION", article=1)
p.block(10, 10, "CAPTION", article=1)
p.block(12, 13, "BODY", article=1)

p.save()
