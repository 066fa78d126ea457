"""page-3014: 兰州晨报 (e-paper on lzcbszb.benliuxinwen.com), 2022-10-17, column 二十大时光, one
article: 元古堆村:感恩奋进 把日子越过越红火, with the column's 开栏的话. Text as returned by the
`pages` store, from its title; its last paragraph (沐浴在党的阳光下,元古堆村一路向上、旧貌换…) is cut
off mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3014", "corpus/raw/pages/3014_lanzhouchenbao_yuangudui.txt",
         publisher="兰州晨报", date="2022-10-17", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "元古堆村", line=1)

# ---- line 3: 开栏的话 (COLUMN, like 编者按)

# ---- line 5: the column's opening note
p.ent("ORG", "中国共产党", line=5)                  # party named inside the congress (an event): decision 2
#   第二十次全国代表大会: the congress is an event (like 省第十一次党代会), no span
#   人民大会堂: a venue (decision 14); 陇原: an epithet for Gansu, no ADMIN; 二十大, “二十大时光”: no span

# ---- line 7: 本报 never ORG; 二十大时光 is the column's name, no span

# ---- line 9
p.ent("ADMIN", "渭源县", line=9)
p.ent("ADMIN", "田家河乡", line=9)
p.ent("ADMIN", "元古堆村", line=9)

# ---- line 11
p.ent("PERSON", "刘海东", line=11, every=True)       # two mentions

# ---- line 15
p.ent("PERSON", "习近平", line=15, every=True)       # 习近平同志, 习近平总书记
p.ent("PERSON", "刘海东", line=15)
p.ent("ADMIN", "元古堆村", line=15)

# ---- line 17
p.ent("PERSON", "刘海东", line=17)

# ---- line 19
p.ent("ADMIN", "元古堆村", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "COLUMN")                  # 开栏的话
p.block(5, 7, "BODY", article=1)         # the column note, printed inside the article (one web article)
p.block(9, 19, "BODY", article=1)

p.save()
