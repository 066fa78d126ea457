"""page-1706: 大姚县人民政府 (dayao.gov.cn, 云南 楚雄彝族自治州 大姚县), 新闻信息 >> 每日新闻,
2022-03-15, one article: 王丽平深入五大山区乡镇调研指导工作 (来源:大姚发布). Text as returned by
the `pages` store, from its title; the cut-off last paragraph dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1706", "corpus/raw/pages/1706_dayao_wangliping_shanqu.txt",
         publisher="大姚县人民政府", date="2022-03-15", script="simplified", origin="pages")

# ---- line 1: headline (五大山区乡镇: a count of places, no formula)
p.ent("PERSON", "王丽平", line=1)

# ---- line 3: web meta line: 日期/作者(empty)/来源/点击
p.byline("BYLINE", "来源:大姚发布")
p.ent("ORG", "大姚发布", line=3)                 # the county's official media account

# ---- line 5
p.ent("ORG", "县委", line=5)                    # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "王丽平", line=5)
for town in ["铁锁", "湾碧", "三台", "昙华", "桂花"]:   # listed before 五大山区乡镇: ADMIN
    p.ent("ADMIN", town, line=5)

# ---- line 7 (最偏远的村委会: generic, no span; 政府: generic)
p.ent("PERSON", "王丽平", line=7, every=True)

# ---- line 11
p.ent("ADMIN", "铁锁乡", line=11)               # 拉巴乍一组: a villagers' group, no span
p.ent("PERSON", "李玉平", line=11)
p.ent("PERSON", "王丽平", line=11)

# ---- line 13: 乡 | 村 | 组 chains; groups (瓦落箐, 支倮箐, 杨家箐) get no span
p.ent("ADMIN", "三台乡", line=13)
p.ent("ADMIN", "黄家湾", line=13)
p.ent("ADMIN", "湾碧乡", line=13)
p.ent("ADMIN", "高坪子", line=13)
p.ent("PERSON", "王丽平", line=13, every=True)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)               # line 9 holds one space only (blank)

p.save()
