"""page-2201: 梨树县人民政府 (lishu.gov.cn, section 县长 / governor), 2021-08-06, one article:
县委副书记、代县长毕志杰调研当前重点工作. Text as returned by the `pages` store, from its first
line; the last paragraph (毕志杰强调,各相关部门要明确工作任务,) was cut off mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2201", "corpus/raw/pages/2201_lishu_bizhijie_diaoyan.txt",
         publisher="梨树县人民政府", date="2021-08-06", script="simplified", origin="pages")

# ---- line 4: web meta line (publishing unit + timestamp): BYLINE span for the unit, date outside
p.byline("BYLINE", "梨树县人民政府", line=4)
p.ent("ORG", "梨树县人民政府", line=4)

# ---- line 6: headline
p.ent("ORG", "县委", line=6)                      # 县委副书记 -> ORG 县委 + title; 代县长: no unit named
p.ent("PERSON", "毕志杰", line=6)

# ---- line 8
p.ent("ORG", "县委", line=8, nth=1)               # 县委副书记
p.ent("PERSON", "毕志杰", line=8)
p.ent("ORG", "县委", line=8, nth=1)               # 县委常委 (contracted title keeps the organ)
p.ent("PERSON", "李乐新", line=8)
p.ent("ORG", "四平新型工业化经济开发区管委会", line=8, every=True)   # twice: 主任 / 副主任
p.ent("PERSON", "康宁", line=8)
p.ent("PERSON", "孙大海", line=8)
p.ent("PERSON", "王志清", line=8)
p.ent("PERSON", "李鑫", line=8)

# ---- line 10: the sites visited
p.ent("PERSON", "毕志杰", line=10, every=True)     # 毕志杰一行 / 毕志杰都认真听取
p.ent("ORG", "梨树县卢伟农机农民专业合作社", line=10)   # a named cooperative, admin prefix attached
#   全国百万亩绿色食品原料(玉米)标准化生产基地: a site (decision 14), 全国 is no ADMIN
p.ent("ORG", "中联石化", line=10)                  # enterprise (short name)
p.ent("ORG", "吉林省新天龙实业股份有限公司", line=10)
p.ent("ORG", "四平精细化学品有限公司", line=10)
p.ent("ORG", "吉林省四合药业科技有限公司", line=10)
p.ent("ORG", "四平力宏医药有限公司", line=10)
p.ent("ADMIN", "四平新型工业化经济开发区", line=10)   # a named 开发区 as a place visited (decision 3)

# ---- line 12
p.ent("PERSON", "毕志杰", line=12)
p.ent("PERSON", "习近平", line=12)
p.ent("ADMIN", "梨树", line=12)                   # 视察梨树: bare name of the county

# ---- line 14
p.ent("PERSON", "康宁", line=14)
p.ent("ADMIN", "四平新型工业化经济开发区", line=14)   # 汇报了…开发区总体情况: the zone as a unit
#   化工园区: a kind of park, no span

# ---- blocks
p.block(1, 1, "COLUMN")        # 县长: the site's section name
p.block(3, 3, "COLUMN")        # governor: its English label
p.block(4, 4, "BYLINE", article=1)   # 梨树县人民政府   2021-08-06 09:23:00
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 14, "BODY", article=1)

p.save()
