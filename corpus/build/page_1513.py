import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1513", "corpus/raw/pages/1513_hunantoday_lixian_guanmo.txt",
         publisher="湖南日报·新湖南", date="2021-12-23", script="simplified", origin="pages")

# ---------------------------------------------------------------- spans
# line 2: source tag + lead
p.ent("ORG", "湖南日报", line=2)
p.ent("ORG", "新湖南客户端", line=2)
p.ent("PERSON", "陈曾伟", line=2)
p.ent("ORG", "澧县县委", line=2)            # 澧县县委书记 -> organ with its county prefix
p.ent("PERSON", "王兆铭", line=2)
p.ent("ORG", "县委", line=2)                # 县委副书记、县长王启武 (bare 县长: no unit named)
p.ent("PERSON", "王启武", line=2)
p.ent("PERSON", "翦鹰", line=2)
p.ent("PERSON", "李阳", line=2)
p.ent("PERSON", "熊德蓉", line=2)

# line 3: the five towns and villages visited
p.ent("PERSON", "王兆铭", line=3)
for s in ["码头铺镇", "万家岗村", "甘溪滩镇", "马溪村", "火连坡镇", "新桥村",
          "金罗镇", "界岭村", "盐井镇", "张家垱村"]:
    p.ent("ADMIN", s, line=3)

# line 4
p.ent("ADMIN", "码头铺镇", line=4)
p.ent("ADMIN", "万家岗村", line=4)
p.ent("PERSON", "王兆铭", line=4)
# 周家湾和善幸福屋场: a hamlet's site below village level -> no span; 三级党建网格: no formula

# line 5
p.ent("ADMIN", "甘溪滩镇", line=5)
p.ent("ADMIN", "马溪村", line=5)
p.ent("PERSON", "王兆铭", line=5)
# 甘溪滩农旅融合服务中心: a visited facility (decision 14); 甘溪滩 is the town's bare name (decision 2)
p.ent("ADMIN", "甘溪滩", line=5, after="产业园和")

# line 6
p.ent("ADMIN", "火连坡镇", line=6)
p.ent("ORG", "湖南民丰高效油茶专业合作社", line=6)   # a named cooperative inside its base's name
p.ent("ADMIN", "新桥村", line=6)
p.ent("ADMIN", "金罗镇", line=6)
p.ent("ADMIN", "界岭村", line=6)
p.ent("ADMIN", "盐井镇", line=6)
p.ent("ADMIN", "张家垱村", line=6)

# line 7: the review meeting
p.ent("ORG", "县委统战部", line=7)
p.ent("ORG", "县委党校", line=7)
p.ent("ORG", "县委", line=7, nth=1)          # 县委副书记
p.ent("PERSON", "翦鹰", line=7)
p.ent("ORG", "县委", line=7, after="翦鹰")    # 县委常委 (contracted title keeps the organ)
p.ent("PERSON", "李阳", line=7)
p.ent("ORG", "县人大常委会", line=7)
p.ent("PERSON", "熊德蓉", line=7)
# 县乡村振兴五大分指挥部: five bodies counted together, no one named body -> no span
p.ent("ORG", "县乡村振兴局", line=7)

# ---------------------------------------------------------------- slogans
p.slogan("PER_UNIT", "一月一现场", line=2)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "湖南日报·新湖南客户端12月23日讯 (通讯员 陈曾伟)")

# ---------------------------------------------------------------- blocks
p.block(1, 1, "PAGE")                 # publication timestamp only (no title is stored)
p.block(2, 7, "BODY", article=1)

p.save()
