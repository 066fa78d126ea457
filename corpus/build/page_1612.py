import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 三乡镇 sub-site of the 中山市 government portal (zs.gov.cn/sxz/, 公告公示), a release of
# 中共中山市三乡镇委员会 (see SOURCES_1612.tsv and page_1612_notes.md).
p = Page("page-1612", "corpus/raw/pages/1612_zhongshan_sanxiang.txt",
         publisher="中山市三乡镇人民政府", date="2025-09-12", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---------------------------------------------------------------- ORG (longer first)
p.ent("ORG", "中共中山市三乡镇委员会", every=True)   # l.1 title, l.3 source line
p.ent("ORG", "市委对村巡察第四组", every=True)       # l.5, l.11 (a named inspection team)
p.ent("ORG", "市委巡察组", line=5)                   # the same team, short form
p.ent("ORG", "三乡镇党委", every=True)               # l.5, l.9
p.ent("ORG", "镇党委", every=True, line=11)          # l.11 x2 (the town's committee)
p.ent("ORG", "市委", line=1)                         # 十五届市委: term before the organ stays out
p.ent("ORG", "市委", every=True, line=5)             # 根据市委统一部署 (others covered)
p.ent("ORG", "市委", every=True, line=11)            # 以及市委关于… (the team's 市委 covered)
p.ent("ORG", "中国共产党", line=9)                   # 《中国共产党巡视工作条例》: organ in a document title

# ---------------------------------------------------------------- ADMIN
p.ent("ADMIN", "三乡镇", line=5)                     # 对三乡镇圩仔等9个村(社区)
p.ent("ADMIN", "圩仔", line=5)                       # a village listed before its level word
p.ent("ADMIN", "广东", line=9)                       # 视察广东重要讲话

# ---------------------------------------------------------------- PERSON
p.ent("PERSON", "习近平", every=True)                # l.9 x2, l.11

# ---------------------------------------------------------------- slogans
p.slogan("COUNT", "两个确立", line=9)
p.slogan("COUNT", "两个维护", line=9)
p.slogan("PARALLEL", "一岗双责", line=11)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "信息来源:中共中山市三乡镇委员会", line=3)   # decision 12; date outside

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)           # web meta line naming the article's source
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)        # 一、党委履行巡察整改主体责任情况
p.block(9, 11, "BODY", article=1)            # (一)… run-in head stays BODY

p.save()
