"""page-5211: 徐闻县人民政府 (xuwen.gov.cn, 新闻要闻/部门动态 channel), one article:
徐闻县政协主席黄旭到曲界镇和下洋镇督导乡村振兴工作. Text as returned by the `pages` store,
from its title (no byline, no date line stored)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5211", "corpus/raw/pages/5211_xuwen_zhengxie_xiangcun_duban.txt",
         publisher="徐闻县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "徐闻县政协", line=1)                 # 徐闻县政协主席 -> ORG + title
p.ent("PERSON", "黄旭", line=1)
p.ent("ADMIN", "曲界镇", line=1)
p.ent("ADMIN", "下洋镇", line=1)

# ---- line 3
p.ent("ORG", "徐闻县政协党组", line=3)             # 党组 after an organ stays inside (docs: 25NN/31NN)
p.ent("PERSON", "黄旭", line=3)
p.ent("ADMIN", "曲界镇", line=3)
p.ent("ADMIN", "下洋镇", line=3)
p.ent("ORG", "县政协", line=3)                     # 县政协副主席 -> ORG + title
p.ent("PERSON", "陈北跑", line=3)
p.ent("PERSON", "黄文凯", line=3)                  # 秘书长 = title

# ---- line 5: the units that hold the meeting
p.ent("ORG", "县政协办", line=5)
p.ent("ORG", "县水务局", line=5)
p.ent("ORG", "县委编办", line=5)
p.ent("ORG", "中国银行徐闻支行", line=5)           # a bank with its branch: one ORG
p.ent("ORG", "大水桥水库管理处", line=5)           # a reservoir's management office (like 保护区管理局)
p.ent("ORG", "县档案馆", line=5)                   # 档案馆 stays an organisation (docs 38NN)
p.ent("ORG", "县侨联会", line=5)
p.ent("ORG", "县机关事务局", line=5)
p.ent("ORG", "民进徐闻县委", line=5)               # a democratic party's county committee: one ORG
p.ent("ORG", "曲界镇党委", line=5)
#   曲界镇党委、政府: the bare 政府 gets no span (docs: 糜镇党委政府)

# ---- line 6
p.ent("ORG", "曲界镇党委", line=6)                 # 曲界镇党委书记林海珍
p.ent("PERSON", "林海珍", line=6)
p.ent("ADMIN", "曲界村委会", line=6, nth=1)        # 来到曲界村委会: where people go -> the village (docs 38NN)
p.ent("ORG", "村委会", line=6, after="仔细查看")   # 查看村委会…台账资料: this village's body (decision 5)
p.ent("ADMIN", "曲界村委会", line=6)               # 关于曲界村委会乡村振兴工作情况: the village's work

# ---- line 8
p.ent("ORG", "湛江市乡村振兴督导组", line=8)      # a city's named supervision team (like 省第29督查组)
p.ent("ADMIN", "后岭村", line=8)
p.ent("ADMIN", "双沟村", line=8)
p.slogan("GROUP", "二十字方针", line=8)           # N字方针 is GROUP (docs 28NN); items not listed here

# ---- every remaining mention (checked in the readback)
p.ent("PERSON", "黄旭", every=True)                # lines 5 (x2), 6 (x2), 8 (x2)
p.ent("ADMIN", "曲界镇", every=True)               # lines 5 (x2), 6 (x1); the ORG 曲界镇党委 spans are taken first
p.ent("ADMIN", "下洋镇", every=True)               # line 8 (x4)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 8, "BODY", article=1)

p.save()
