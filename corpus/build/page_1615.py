import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1615", "corpus/raw/pages/1615_yulin_shiwei_quanhui.txt",
         publisher="榆林日报", date=None, script="simplified", origin="pages")

# ---------------------------------------------------------------- entities
p.ent("ORG", "中共榆林市委")                       # line 5
p.ent("ADMIN", "榆林市", every=True)               # lines 5, 7
p.ent("ADMIN", "榆林", every=True)                 # lines 1, 5 (x2), 7 (x4)
p.ent("PERSON", "李狮", after="本报记者")          # byline
p.ent("ORG", "省委", line=5)                       # 省委十一届六次全会 (organ inside a meeting name)
p.ent("ORG", "市委", line=5, every=True)           # 市委书记, 市委副书记
p.ent("PERSON", "李金柱", every=True)              # lines 5, 7
p.ent("PERSON", "胡志强")
for name in ["陆治原", "刘汉利", "周树红", "赵政才", "钱远刚", "张晓武", "尉俊东",
             "杨玉祥", "万恒", "钱劳动", "马宏玉", "曹世玉"]:
    p.ent("PERSON", name, line=6)

# ---------------------------------------------------------------- slogans
p.slogan("PARALLEL", "三增两减")                   # line 3, items not spelled out
p.slogan("COUNT", "十项纪律")                      # line 4, a numbered rule set (unsure, see notes)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "本报记者李狮报道")

# ---------------------------------------------------------------- blocks
p.block(1, 4, "SUBHEAD", article=1)   # □ summary points of the article (its headline is not stored)
p.block(5, 7, "BODY", article=1)

p.save()
