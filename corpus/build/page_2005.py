"""page-2005: 九江日报社 / 掌中九江 (jjcbw.com), 2022-12-01, one article on 武宁县官莲乡东山村.
Text as returned by the `pages` store, from its title; the last stored paragraph was cut
off mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2005", "corpus/raw/pages/2005_wuning_guanlian_xiangcun.txt",
         publisher="九江日报社(掌中九江)", date="2022-12-01", script="simplified", origin="pages")

# ---- line 3: date + source (one article's meta line, decision 12)
p.ent("ORG", "掌中九江", line=3)                 # the media app of 九江 (medium = ORG)
p.byline("BYLINE", "掌中九江")

# ---- line 6
p.ent("ADMIN", "武宁县", line=6)
p.ent("ADMIN", "官莲乡", line=6)
p.ent("ADMIN", "官莲乡", line=6)
p.ent("ADMIN", "东山村", line=6)
#   “全国脱贫攻坚先进集体”“全国乡村治理示范村”: award titles, no span
#   “生态+产业+旅游”: no numeral, no PLUS
p.ent("ADMIN", "官莲乡", line=6)
p.ent("ADMIN", "东山村", line=6)

# ---- line 9
p.ent("ADMIN", "武宁县", line=9)                 # 武宁县首个乡村振兴促进会: the first of its kind, no ORG
p.ent("ORG", "官莲乡东山村乡村振兴促进会", line=9)
p.ent("ORG", "官莲乡党委", line=9)
#   “村委主导、群众主体、企业参与、乡贤支持”: no numeral; 党的二十大: no span

# ---- line 12
p.ent("ORG", "东山村党支部", line=12)
p.ent("ADMIN", "东山村", line=12)               # 东山村村民王凤珠
p.ent("PERSON", "王凤珠", line=12)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 4, "PAGE")                            # 浏览量 counter
p.block(6, 6, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(12, 12, "BODY", article=1)

p.save()
