"""page-1811: 天津市红桥区人民政府 (tjhq.gov.cn, 政务公开 > 政务要闻), 2023-10-19 (from the URL),
one article: 人民日报社天津分社 interview team visits 红桥区. Text as returned by the `pages` store
(no title was stored; the empty breadcrumb 当前位置: dropped; a fifth paragraph cut off mid-sentence dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1811", "corpus/raw/pages/1811_hongqiao_renmin_caifangtuan.txt",
         publisher="天津市红桥区人民政府", date="2023-10-19", script="simplified", origin="pages")

# ---- line 1: the team and its hosts
p.ent("ORG", "人民日报社天津分社", line=1, nth=1)      # sub-unit written after its organisation: one ORG
p.ent("PERSON", "陈伟光", line=1)
p.ent("ORG", "人民网天津分公司", line=1, nth=1)
p.ent("PERSON", "张桂贵", line=1)
p.ent("ORG", "人民日报社天津分社", line=1)             # 2nd (first free)
p.ent("PERSON", "龚相娟", line=1)
p.ent("ORG", "人民网天津分公司", line=1)               # 2nd
p.ent("PERSON", "孙翼飞", line=1)
#   采访团: a visiting team, no standing organisation -> no span
p.ent("ADMIN", "红桥区", line=1)
p.ent("ORG", "区委", line=1)                           # 区委书记 -> ORG + title
p.ent("PERSON", "李清", line=1)

# ---- line 2: the sites visited
p.ent("PERSON", "陈伟光", line=2)
#   西北角特色美食街区: a place, no span
p.ent("ORG", "耀华中学红桥学校", line=2)               # a school (branch written after its school: one ORG)
p.ent("ADMIN", "和苑街道", line=2)                     # 和苑街道|梦和园社区 党群服务中心: a venue, units inside
p.ent("ADMIN", "梦和园社区", line=2)
#   子牙河滨河公园: a place, no span
p.ent("ADMIN", "红桥", line=2, after="子牙河滨河公园")  # 智慧红桥指挥中心: a site visited (点位); unit inside it
p.ent("ADMIN", "红桥区", line=2)
p.slogan("COUNT", "十个一", line=2)                    # items not spelled out on the stored page

# ---- line 3
#   子牙河滨河公园: place; “渔村”: nickname of a shanty area, no unit
p.ent("PERSON", "李清", line=3)
p.ent("ORG", "市委", line=3)
p.ent("ORG", "市政府", line=3)
#   “三年清零”: a count of years (decision 10: 三年行动 is no formula) -> no slogan

# ---- line 4
p.ent("ADMIN", "红桥", line=4)                         # 智慧红桥指挥中心 (site, as on line 2)
p.ent("PERSON", "李清", line=4)
#   “互联网+”: no numeral; 四级: a count of levels; both no slogan
g = p.slogan("GROUP", "四大体系", line=4)[0]
# items printed before the formula (docs: 六大文化名片): located by string, in order, after 形成
pos = p.find_all("形成", *p.line_bounds[3])[0][1]
items = []
for it in ["基层网格党建", "基层社会治理", "民计民生", "服务企业"]:
    a, b = p.find_all(it, pos, g["start"])[0]
    items.append([a, b]); pos = b
g["expansion"] = items

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
