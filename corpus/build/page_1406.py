import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1406", "corpus/raw/pages/1406_rongan_lvsong.txt",
         publisher="融安县人民政府", date="2021-11-25", script="simplified", origin="pages")

# line 1
p.ent("ORG", "柳州市委", line=1)          # 柳州市委常委: title 常委 outside
p.ent("ORG", "组织部", line=1)            # 组织部部长: the city's organisation department
p.ent("PERSON", "吕松", line=1)
p.ent("ADMIN", "融安县", line=1)

# line 2
p.ent("ADMIN", "融安县", line=2)
p.ent("ADMIN", "板榄镇", line=2)
p.ent("ADMIN", "木吉村", line=2)
p.ent("ORG", "红七军", line=2)            # inside the memorial's name (an event: 红七军战长安)
p.ent("ADMIN", "长安", line=2)            # 长安 (镇) inside the memorial's name
p.ent("ORG", "广西壮象木业有限公司", line=2)
p.ent("ORG", "县委", line=2, nth=1)       # 县委书记
p.ent("PERSON", "陈文敏", line=2)
p.ent("ORG", "县委", line=2, nth=1)       # 县委副书记 (县长: level word, no span)
p.ent("PERSON", "于福坚", line=2)

# line 3
p.ent("ADMIN", "板榄镇", line=3)
p.ent("ADMIN", "木吉村", line=3)          # 横桐屯: below village level, no span
p.ent("ORG", "市委", line=3)
p.ent("ORG", "组织部", line=3)
p.ent("PERSON", "吕松", line=3)

# line 4
p.ent("ADMIN", "木吉村", line=4, every=True)

# line 5
p.ent("ADMIN", "融安县", line=5, nth=1)
p.ent("ORG", "红七军", line=5, every=True)
p.ent("ADMIN", "长安", line=5, every=True)
p.ent("ADMIN", "融安县", line=5, nth=1)

# line 6
p.ent("ORG", "广西壮象木业有限公司", line=6)
p.ent("ADMIN", "融安县", line=6)

# line 7: photo caption
p.ent("ORG", "柳州市委", line=7)
p.ent("ORG", "组织部", line=7)
p.ent("PERSON", "吕松", line=7)
p.ent("ADMIN", "融安县", line=7)
p.ent("ADMIN", "板榄镇", line=7)
p.ent("ADMIN", "木吉村", line=7)
p.byline("PHOTO", "(滕以洪 摄)", line=7)
p.ent("PERSON", "滕以洪", line=7)

# blocks
p.block(1, 6, "BODY", article=1)
p.block(7, 7, "CAPTION", article=1)

p.save()
