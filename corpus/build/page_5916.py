"""page-5916: 仙游新闻网 (county news site of 仙游县, 莆田市; source line 來源:仙游今報), 2015-05-21,
one article of the series 仙游邊界行 on 蓋尾鎮東許村, as stored on the mirror atbcp.icu, which
converted it to traditional script. Text as returned by the `pages` store, from its title; the last
paragraph (東許村黨支部書記林玉鎮告訴記者,…集資合力鋪設水泥) is cut off mid-sentence in the store and
was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5916", "corpus/raw/pages/5916_xianyou_dongxu_bianjiexing.txt",
         publisher="仙游新闻网", date="2015-05-21", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: title (series 仙游邊界行 : 東許…)
p.ent("ADMIN", "仙游", line=1)                    # unit inside the series' name (decision 2)
p.ent("ADMIN", "東許", line=1)                    # the village 東許村 by its bare name

# ---- line 2: web meta line: timestamp, source, editor
p.byline("BYLINE", "來源:仙游今報", line=2)         # labelled source credit (decision 12), timestamp outside
p.ent("ORG", "仙游今報", line=2)
p.ent("PERSON", "黃妍", line=2)                    # 責任編輯: editor credit, PERSON but no byline span

# ---- line 4: standfirst under the title (市區, 縣城: level words, no span)

# ---- lines 6-10: three captions
p.ent("ORG", "莆田學院", line=10)

# ---- line 12
p.ent("ADMIN", "仙游", line=12, nth=1)             # “仙游邊界行”
p.ent("ADMIN", "蓋尾鎮", line=12)
p.ent("ADMIN", "東許村", line=12, nth=1)
p.ent("ORG", "今報", line=12)                      # 今報記者: the paper's short name (仙游今報)
p.ent("ORG", "莆田學院閩臺新聞班", line=12)          # a class of the college: one span with its parent
p.ent("ADMIN", "仙游", line=12, after="五月的")
p.ent("ADMIN", "東許村", line=12, after="在")       # 在東許村的田間地頭

# ---- line 13
p.ent("ADMIN", "東許村", line=13)
p.ent("ADMIN", "仙游縣", line=13, nth=1)           # 位于仙游縣東北部
p.ent("ADMIN", "仙游縣", line=13, after="距離")     # 仙游縣城 -> X縣城 gives ADMIN X縣
p.ent("ADMIN", "莆田市", line=13)                  # 莆田市區 (the city's urban area) -> ADMIN 莆田市
p.ent("ADMIN", "城廂區", line=13)
p.ent("ADMIN", "華亭鎮", line=13)
p.ent("ADMIN", "澗口村", line=13)
p.ent("ADMIN", "星莊村", line=13)
p.ent("ADMIN", "斜尾村", line=13)
p.ent("ADMIN", "后井村", line=13)
#   木蘭溪: a river; 8個自然村, 21個村民小組: below village level, counts; 七個大姓: surnames, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)               # 2015-05-21 09:09:32??來源:仙游今報  責任編輯:黃妍
p.block(4, 4, "SUBHEAD", article=1)              # standfirst ending in ——, adds facts under the title
p.block(6, 6, "CAPTION", article=1)
p.block(8, 8, "CAPTION", article=1)
p.block(10, 10, "CAPTION", article=1)
p.block(12, 13, "BODY", article=1)

p.save()
