"""page-2212: 银川日报 (e-paper szb.ycfbapp.com/ycrb, 2025-01-13), one article: 市政协主席
魏和清 joins the 永宁县 delegation's review of the government work report. Text as returned by
the `pages` store; its opening has no title line (it starts at the 本报讯 byline)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2212", "corpus/raw/pages/2212_yinchuan_weiheqing_yongning.txt",
         publisher="银川日报", date="2025-01-13", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1
p.byline("BYLINE", "本报讯(记者 闫茜)", line=1)
p.ent("PERSON", "闫茜", line=1)
p.ent("ORG", "市政协党组", line=1)                 # 市政协党组书记、主席
p.ent("PERSON", "魏和清", line=1)
p.ent("ADMIN", "永宁县", line=1)                   # 永宁县代表团: a delegation, no ORG (cf. 雄县考察团)

# ---- line 2
p.ent("PERSON", "魏和清", line=2)
p.ent("ORG", "市委", line=2)
p.ent("ORG", "市政府", line=2)
p.ent("PERSON", "习近平", line=2)
p.ent("ADMIN", "宁夏", line=2)                     # 考察宁夏重要讲话精神
p.slogan("GROUP", "双示范市", line=2)              # 双 + category (双报到, 双拥); items not listed
#   各县(市)区: level words, no span

# ---- line 3
p.ent("PERSON", "魏和清", line=3)
p.ent("ADMIN", "永宁县", line=3)
p.slogan("PARALLEL", "五八", line=3)               # quoted code of numerals (cf. 省委“1310”具体部署)
p.slogan("GROUP", "双示范市", line=3)
p.ent("ADMIN", "银川", line=3, nth=1)              # 助推银川高质量发展
p.ent("ADMIN", "银川", line=3, nth=1)              # 银川国家现代商贸流通体系试点城市
#   闽宁 (x3): one-character abbreviations joined, never ADMIN (闽宁协作 precedent)

# ---- line 4
p.ent("PERSON", "马少红", line=4)

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
