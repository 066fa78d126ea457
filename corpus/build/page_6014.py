"""page-6014: 科技日报 (e-paper digitalpaper.stdaily.com), 2019-10-16, the opening of the first
piece of its column 科特派20年, on Zhejiang's science-and-technology commissioners, led by 衢州市衢江区
岭洋乡. Text as returned by the `pages` store (it opens with the column name: the piece's own title
is not stored); its last paragraph, cut mid-sentence, dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6014", "corpus/raw/pages/6014_kjrb_qujiang_lingyang_tepaiyuan.txt",
         publisher="科技日报", date="2019-10-16", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: column name (科特派20年: a count of years, no formula)
# ---- line 2: byline under the column
p.byline("BYLINE", "本报记者 江 耘", line=2)
p.ent("PERSON", "江 耘", line=2)

# ---- line 3: editor's note run in with the body
p.ent("PERSON", "习近平", line=3)
p.ent("ADMIN", "福建", line=3)                           # 在福建工作时: the province
#   本报 never ORG; “科特派20年”专栏: the column, no span

# ---- line 5
p.ent("ADMIN", "浙江省", line=5)                          # 浙江省科技特派员: the province before a title
p.ent("ORG", "省中医药研究院", line=5)
p.ent("PERSON", "梁卫青", line=5)
p.ent("ADMIN", "衢州市", line=5)
p.ent("ADMIN", "衢江区", line=5)
p.ent("ADMIN", "岭洋乡", line=5)

# ---- line 6: 重楼, 覆盆子, 浙贝母 are herbs (浙 one character): no span

# ---- line 7
p.ent("ADMIN", "岭洋乡", line=7)                          # 岭洋乡|村民
p.ent("PERSON", "梁卫青", line=7, nth=1)
p.ent("ORG", "浙江省委", line=7)                          # 时任浙江省委书记 -> ORG 浙江省委
p.ent("PERSON", "习近平", line=7)
p.ent("ADMIN", "浙江", line=7, after="移植到")
p.ent("PERSON", "梁卫青", line=7)                          # 数以万计的“梁卫青”: the name used for his like (doubtful)

# ---- line 8
p.ent("ORG", "浙江省科技厅", line=8)
#   省、市、县三级: levels, no span; 省财政: the provincial budget, no span

# ---- line 9
p.ent("ORG", "浙江省委", line=9)
p.ent("PERSON", "车俊", line=9)

# ---- line 11: 浙西南 (one-character 浙 + direction): no span

# ---- line 12
p.ent("ORG", "浙江省委", line=12)
p.ent("ORG", "省政府", line=12)                           # 浙江省委省政府 -> two bodies
p.slogan("GROUP", "三农", line=12)

# ---- blocks
p.block(1, 1, "COLUMN")
p.block(2, 2, "BYLINE", article=1)
p.block(3, 9, "BODY", article=1)          # 编者按 run in with its note on line 3
p.block(10, 10, "CROSSHEAD", article=1)
p.block(11, 13, "BODY", article=1)

p.save()
