"""page-1416: 商洛日报 e-paper (eslrb.slrbs.com), 2016-03-09, 02版, one article on 丹凤县's 第一书记.

Taken from the title on: the e-paper navigation stored before it (通版阅读请点击 / 展开通版 /
收缩通版 / 当前版:02版 / 发布日期:2016年03月09日 上一版 下一版) is left out; the stored
article is complete (it ends on a full stop), nothing dropped at the end.
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1416", "corpus/raw/pages/1416_shangluo_danfeng_diyishuji.txt",
         publisher="商洛日报", date="2016-03-09", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---------------------------------------------------------------- line 1: headline
p.ent("ADMIN", "丹凤", line=1)
# “第一书记” is an ordinal post title, not a numbered formula: no slogan anywhere on the page

# ---------------------------------------------------------------- line 2: 文章字数:591 (e-paper furniture)

# ---------------------------------------------------------------- line 3
p.byline("BYLINE", "本报讯(韩章慧)", line=3)
p.ent("PERSON", "韩章慧")
p.ent("ADMIN", "丹凤县", line=3, nth=1)
p.ent("ADMIN", "丹凤县", line=3)                 # 丹凤县上万贫困群众 (second, now first free)
# 党组织“第一书记”: 党组织 is a kind of body, never ORG

# ---------------------------------------------------------------- line 4
p.ent("ADMIN", "丹凤县", line=4)
# 省市 (level words), 各单位, 驻村工作队 (generic): no span
p.ent("ORG", "中科院", line=4)
# 省级/市级/县级/镇办选派, 党组织软弱涣散村: no span

# ---------------------------------------------------------------- line 5
# 省上, 周书记 (surname + title, not PERSON), 党员代表大会 (a meeting): no span
p.ent("ADMIN", "铁峪铺", line=5)                 # the town 铁峪铺(镇) named before its village
p.ent("ADMIN", "桃花村", line=5)
p.ent("PERSON", "周利军", line=5)
p.ent("ADMIN", "丹凤县", line=5)
p.ent("ADMIN", "丹凤", line=5)                   # 富裕和谐美丽的丹凤
# 同吃、同住、同劳动: no numeral, no formula

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")
p.block(3, 5, "BODY", article=1)

p.save()
