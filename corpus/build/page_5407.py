"""page-5407: 云上谷城 (谷城县融媒体中心, 湖北), stored at m-wangshuo.cjyun.org; one article on
五山镇纪委's 廉政提醒. Text as returned by the `pages` store's excerpt (it began with the body:
no title line was visible, see notes)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5407", "corpus/raw/pages/5407_gucheng_wushan_lianzheng_tixing.txt",
         publisher="云上谷城", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ADMIN", "五山", line=1)                       # 五山宣传微信群: the town's short name in a group's name (decision 2)
#   《陋室铭》: a classical text, no span

# ---- line 2
p.ent("ORG", "纪委", line=2, before="主导")          # “纪委主导,宣传专班配合”: the town's 纪委 (doubtful, see notes)
p.ent("ORG", "五山镇纪委", line=2)
p.ent("PERSON", "王保林", line=2)
#   “纪委+宣传”: a method's name joining two fields of work, no span, no formula (no numeral)

# ---- line 3
p.slogan("GROUP", "三难", line=3, expansion=["缺认识", "缺素材", "缺参与"])
p.ent("ORG", "五山镇纪委", line=3)

# ---- line 4: 村(社区)“两委”: a count of bodies in general, no span, no formula
p.ent("ORG", "五山镇纪委", line=4)

# ---- line 5: 党委班子 / 党委成员 / 一名党委: the leadership team and its members, no span
p.ent("ORG", "五山镇纪委", line=5)

# ---- line 6
p.ent("ORG", "镇纪委", line=6)                        # 该镇纪委 -> 镇纪委 (decision 4)
p.ent("ADMIN", "五山", line=6)                       # 五山年俗文化节 (decision 2)
p.ent("ADMIN", "堰河", line=6)                       # villages of 五山镇 named bare (堰河村, 班河村)
p.ent("ADMIN", "班河", line=6)

# ---- line 7
p.ent("ORG", "五山镇纪委", line=7)
p.ent("PERSON", "王保林", line=7)
#   纪宣融合: a method, no span

# ---- line 8: closing credit
p.byline("CREDIT", "(来源:云上谷城 通讯员 刘江 李世香)")
p.ent("ORG", "云上谷城", line=8)
p.ent("PERSON", "刘江", line=8)
p.ent("PERSON", "李世香", line=8)

# ---- blocks
p.block(1, 8, "BODY", article=1)      # the credit line stays in the article's BODY (decision 12)

p.save()
