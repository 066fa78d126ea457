"""page-6012: 上海市虹口区人民政府办公室, notice 虹府办〔2006〕33号 on the district's street offices and
neighbourhood committees named advanced units of Shanghai (2002-2005), as stored at the regulations site
fymate.net. Text as returned by the `pages` store, from its title; its last line (附件:2002-2005年度上海市先进
街道办事处、…、先进居委会, the attachment's title cut mid-phrase by the store) is dropped. Date not printed
(only the year of the document number)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6012", "corpus/raw/pages/6012_hongkou_xianjin_jiedao_tongbao.txt",
         publisher="上海市虹口区人民政府办公室", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: title (我区部分街道办事处…: generic, no span)
p.ent("ORG", "上海市虹口区人民政府办公室", line=1)

# ---- line 2: (虹府办〔2006〕33号): an issuer's code inside a document number is no ORG

# ---- line 3: salutation
p.ent("ORG", "区政府", line=3)                   # 区政府有关部门: parent organ before a generic word

# ---- lines 4-5: 党的十六届四中全会 (a plenary session: no span, no formula)
p.ent("ORG", "中共上海市委")                     # inside the document title 《\n中共上海市委关于…意见》
#   (沪委〔2004〕17号): code, no ORG; “社区党建全覆盖、…网格化”: no numeral, no formula

# ---- line 6
p.ent("ORG", "市人事局", line=6)
p.ent("ORG", "市民政局", line=6)
p.ent("ADMIN", "上海市", line=6, nth=1)          # 2002-2005年度上海市先进街道办事处…评选活动: unit in an award's name
p.ent("ORG", "曲阳路街道办事处", line=6, nth=1)  # awarded as an office -> ORG (decision 3)
p.ent("ORG", "凉城新村街道办事处", line=6)
p.ent("ORG", "曲阳路街道办事处", line=6, nth=1)  # 曲阳路街道办事处原主任: the office + a title
p.ent("PERSON", "陈金鹏", line=6)
p.ent("ORG", "四川北路街道山阴路第二居委会", line=6)   # a neighbourhood committee with its street prefix
p.ent("ORG", "乍浦路街道南天潼居委会", line=6)         # 南天潼居委会主任: the committee + a title
p.ent("PERSON", "孙嘉华", line=6)
p.ent("ADMIN", "虹口", line=6)                   # 为虹口创建…
p.ent("ADMIN", "上海市", line=6, nth=1)          # “上海市文明城区”: a title's name

# ---- line 7
p.ent("ADMIN", "虹口", line=7)                   # 为虹口的经济社会发展; 全区, 我区: level words
p.ent("ADMIN", "上海市", line=7)                 # “上海市文明城区”; 科教兴市: no numeral, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)              # the document number printed under the title
p.block(3, 7, "BODY", article=1)

p.save()
