import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 阳江日报 article (本报讯, 阳东区 of 阳江市, 广东), stored in the `pages` corpus on the
# mirror m.kcqsx.com/yangjiang/ (see SOURCES_1611.tsv and page_1611_notes.md).
p = Page("page-1611", "corpus/raw/pages/1611_yangjiang_nalong.txt",
         publisher="阳江日报", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---------------------------------------------------------------- ORG (longer first)
p.ent("ORG", "阳东区委组织部", line=3)
p.ent("ORG", "阳东区那龙镇委", line=3)        # the town's Party committee, admin prefix attached
p.ent("ORG", "阳东区委", line=3)              # 市委和阳东区委 (the 区委组织部/镇委 hits are taken)
p.ent("ORG", "市委", line=3)                  # 阳江 市委 (the one in 阳东区委 is covered)
p.ent("ORG", "阳东区人民法院", line=8)        # link title on the recommendation line (PAGE)

# ---------------------------------------------------------------- ADMIN
p.ent("ADMIN", "那龙镇", every=True)          # l.2, l.4 x2, l.5, l.6 (l.3 inside the ORG)

# ---------------------------------------------------------------- PERSON
p.ent("PERSON", "费先霞", line=3)
p.ent("PERSON", "梁秀清", line=3)

# ---------------------------------------------------------------- slogans
# 将加强培训和建章立制工作“两手抓”: the two "hands" are printed before the formula
# (shared tail 工作 dropped, decision 11); located with find_all, never typed.
s = p.slogan("GROUP", "两手抓", line=6)[0]
lo, hi = p.line_bounds[5]
s["expansion"] = [list(p.find_all("加强培训", lo, hi)[0]), list(p.find_all("建章立制", lo, hi)[0])]

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "本报讯(记者/费先霞 通讯员/梁秀清)")

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)          # [摘要] line under the headline: adds the facts
p.block(3, 6, "BODY", article=1)
p.block(7, 8, "PAGE")                        # 新闻推荐 widget and its link (site furniture)

p.save()
