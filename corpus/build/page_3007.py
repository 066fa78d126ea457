"""page-3007: hcsns.com (a 会昌县, 江西 local site; forum thread reposting a county news item
written in the county's own voice, 我县), undated (县委书记傅春荣: about 2012-2013), one article:
新华社江西分社副总编陈建华一行来我县调研采访. The `pages` store holds no title for it: the text
is taken as stored, from its first line (a forum separator |)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3007", "corpus/raw/pages/3007_huichang_xinhua_diaoyan.txt",
         publisher="hcsns.com", date=None, script="simplified", origin="pages")

# ---- line 2: the visitors and their escorts
p.ent("ORG", "新华社江西分社", line=2)               # a sub-unit with its parent (decision 13); 副总编 a title
p.ent("PERSON", "陈建华", line=2)
p.ent("ORG", "县委", line=2, nth=1)                  # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "傅春荣", line=2)
p.ent("ORG", "县委", line=2, nth=1)                  # 县委常委 (contracted title keeps the organ)
p.ent("PERSON", "刘惠宗", line=2)                    # 副县长: a title naming no organ
p.ent("ORG", "县委", line=2, nth=1)                  # 县委常委
p.ent("ORG", "组织部", line=2)                       # 组织部部长 -> ORG 组织部
p.ent("PERSON", "赖纯平", line=2)
p.ent("ORG", "县委", line=2, nth=1)                  # 县委常委
p.ent("ORG", "宣传部", line=2)                       # 宣传部部长 -> ORG 宣传部
p.ent("PERSON", "李仲涛", line=2)

# ---- line 3: the places visited
p.ent("PERSON", "陈建华", line=3)
p.ent("ADMIN", "筠门岭镇", line=3)
p.ent("ADMIN", "黄浦村", line=3)
p.ent("ORG", "会寻安中心县委", line=3)               # the historical Party organ named inside a site (旧址)
p.ent("ADMIN", "周田镇", line=3)
p.ent("ADMIN", "下营村", line=3)
p.ent("ADMIN", "麻州镇", line=3)
p.ent("ADMIN", "前丰村", line=3)
#   九二工业基地: an industrial site, no span (decision 3/14)
p.ent("ADMIN", "月亮湾新区", line=3)                 # a named 新区 (decision 3, like 金村新區)
p.slogan("COUNT", "两个永远", line=3)
p.slogan("GROUP", "三送", line=3)

# ---- line 4
p.ent("ADMIN", "周田镇", line=4)
p.ent("ADMIN", "下营村", line=4)
p.ent("ADMIN", "麻州镇", line=4)
p.ent("ADMIN", "前丰村", line=4)
p.ent("PERSON", "陈建华", line=4, every=True)        # two mentions

# ---- line 5
p.ent("ADMIN", "筠门岭镇", line=5)
p.ent("ADMIN", "东西街居委会", line=5)               # the community unit in a chain of places (cf. 街道办事处, decision 3)
p.ent("ADMIN", "周田镇", line=5)
p.ent("ADMIN", "司背村", line=5)
p.ent("PERSON", "陈建华", line=5, every=True)        # two mentions
p.slogan("GROUP", "三送", line=5, every=True)        # seven mentions, quoted or not

# ---- line 6
p.ent("PERSON", "陈建华", line=6, every=True)        # two mentions (陈建华 一行)
p.ent("ADMIN", "月亮湾新区", line=6)
p.slogan("COUNT", "两个永远", line=6)
p.slogan("GROUP", "三送", line=6)

# ---- blocks
p.block(1, 1, "PAGE")            # forum separator |
p.block(2, 6, "BODY", article=1)
p.block(7, 8, "PAGE")            # forum separators |

p.save()
