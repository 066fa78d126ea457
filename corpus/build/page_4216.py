"""page-4216: 明報 (【明報專訊】; copy on mingpaocanada.com, the Vancouver edition's site),
2019-08-12, one article: 雙料議員難兼顧 區諾軒區選交棒助理. Text as returned by the `pages`
store, from its opening date lines; the last paragraph (反修例風波愈演愈烈…亦會重視地) is cut off
mid-word and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4216", "corpus/raw/pages/4216_mingpao_nanqu_jiaobang.txt",
         publisher="明報", date="2019-08-12", script="traditional", origin="pages")

# ---- line 4: headline
p.ent("PERSON", "區諾軒", line=4)                 # 區選 (district council election): no unit named

# ---- line 7: photo caption
p.ent("ORG", "立法會", line=7)                    # 立法會議員: contracted title keeps the body (decision 15)
p.ent("PERSON", "區諾軒", line=7)
p.ent("ADMIN", "南區", line=7)                    # one of Hong Kong's 18 districts (decision 15)
#   利東(一): a council constituency named after an estate, no unit
p.ent("ORG", "區議會", line=7)                    # 區議會議席: the (Southern) District Council, level word + organ
p.ent("PERSON", "陳欣兒", line=7, nth=1)
p.ent("PERSON", "陳欣兒", line=7)                 # second free hit
p.byline("PHOTO", "(馮凱鍵攝)", line=7)
p.ent("PERSON", "馮凱鍵", line=7)

# ---- line 9
p.byline("BYLINE", "【明報專訊】", line=9)
p.ent("ORG", "明報", line=9)
p.ent("ORG", "立法會", line=9)
p.ent("PERSON", "區諾軒", line=9)
p.ent("ORG", "民主黨", line=9)
p.ent("PERSON", "陳欣兒", line=9)

# ---- line 11
p.ent("ADMIN", "南區", line=11)
p.ent("PERSON", "區諾軒", line=11)
p.ent("ORG", "立法會", line=11)                   # 晉身立法會

# ---- line 13: crosshead
p.ent("PERSON", "陳欣兒", line=13)

# ---- line 15
p.ent("PERSON", "陳欣兒", line=15)
#   利東 (an estate) and 「利東孖寶」 (a nickname): no span
p.ent("PERSON", "區諾軒", line=15, nth=1)
p.ent("ORG", "民主黨", line=15, nth=1)
p.ent("PERSON", "羅健熙", line=15)
p.ent("PERSON", "區諾軒", line=15)                # 區諾軒問她
p.ent("ORG", "民主黨", line=15)                   # 加入民主黨
#   陳說 (the surname alone) and 該黨 (deictic): no span

# ---- line 17
p.ent("PERSON", "陳欣兒", line=17)
p.ent("PERSON", "區諾軒", line=17)
p.ent("ORG", "領展", line=17)                     # Link REIT, the company, named as an issue

# ---- blocks
p.block(1, 2, "PAGE")                 # • 2019.08.12 / 星期一 (date banner)
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 6, "PAGE")                 # [2019.08.12] 發表 (date-only meta line)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 17, "BODY", article=1)

p.save()
