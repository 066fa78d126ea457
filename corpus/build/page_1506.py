import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1506", "corpus/raw/pages/1506_jiulongpo_nanchuan_kaocha.txt",
         publisher="重庆市九龙坡区人民政府", date="2024-03-08", script="simplified", origin="pages")

# ---- entities -------------------------------------------------------------
# line 3 (web title) and line 11 (its repeat under the title deck): 九龙坡区代表团 is an
# ad-hoc delegation, not an organisation: only the district is tagged
p.ent("ADMIN", "九龙坡区", line=3)
p.ent("ADMIN", "南川区", line=3)
# line 9: 现代化新重庆 names the city (like 现代化河南 -> 河南)
p.ent("ADMIN", "重庆", line=9)
p.ent("ADMIN", "九龙坡区", line=11)
p.ent("ADMIN", "南川区", line=11)
# line 13
p.ent("ORG", "区委", line=13, nth=1)               # 区委书记李春奎 (九龙坡)
p.ent("PERSON", "李春奎", line=13)
p.ent("ORG", "南川区委", line=13)
p.ent("PERSON", "向业顺", line=13)
p.ent("ORG", "九龙坡区人大常委会", line=13)          # add the longer name first
p.ent("ORG", "区人大常委会", line=13)               # 南川's, bare level word + organ
p.ent("PERSON", "黄友明", line=13)
p.ent("PERSON", "郑和平", line=13)
p.ent("ADMIN", "南川区", line=13)                  # 赴南川区学习考察 (first free hit)
# line 15: caption
p.ent("PERSON", "李春奎", line=15)
p.ent("ADMIN", "南川", line=15)
# line 17: companies named in full; 巨昌农业白茶基地 is a site (decision 14): only the units
p.ent("ORG", "重庆上药慧远庆龙药业有限公司", every=True)   # lines 17 and 19
p.ent("ORG", "重庆庆酒酿酒庄园有限公司", every=True)       # lines 17 and 21
p.ent("ADMIN", "南川区", line=17, nth=1)
p.ent("ADMIN", "九龙坡区", line=17)
p.ent("ADMIN", "兴隆镇", line=17)
p.ent("ADMIN", "金花村", line=17)
p.ent("ADMIN", "南川区", line=17)                  # 了解南川区打造… (the remaining free one)
# line 19: units inside the park's name (decision 3)
p.ent("ADMIN", "南川区", line=19)
p.ent("ADMIN", "大观镇", line=19)
# line 23: caption; 庆酒酒业 is the company's short form, visited
p.ent("PERSON", "李春奎", line=23)
p.ent("ADMIN", "南川", line=23)
p.ent("ORG", "庆酒酒业", line=23)
# no formula on this page: 两区 (a count of two districts), 一二三产业 (ordinals)

# ---- bylines: none (no author or source credit is printed) --------------------

# ---- blocks -----------------------------------------------------------------
p.block(1, 1, "PAGE")                  # breadcrumb
p.block(3, 3, "HEADLINE", article=1)   # the page's title
p.block(5, 5, "PAGE")                  # 日期:
p.block(7, 9, "HEADLINE", article=1)   # two-line parallel main title (two blocks: blank line between)
p.block(11, 11, "SUBHEAD", article=1)  # factual line under it
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "CAPTION", article=1)
p.block(17, 21, "BODY", article=1)
p.block(23, 23, "CAPTION", article=1)
p.save()
