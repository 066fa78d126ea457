"""page-1911: 普洱市政协 (pezx.gov.cn, 政协动态), one article on the 市政协 chairman's survey of
澜沧拉祜族自治县. Text as returned by the `pages` store: the stored page opens with the body (no
title stored); its last paragraph, cut off mid-sentence (澜沧县政府有关领导、政协领导班子成), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1911", "corpus/raw/pages/1911_puer_zhengxie_lancang.txt",
         publisher="普洱市政协", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "市政协", line=1, nth=1)               # 市政协党组书记、主席: organ 市政协, title 党组书记、主席
p.ent("PERSON", "陆平", line=1)
p.ent("ADMIN", "澜沧拉祜族自治县", line=1)
#   政协工作: the kind of work, no span
p.ent("ORG", "市政协", line=1)                      # 市政协副主席
p.ent("PERSON", "左永平", line=1)
p.ent("PERSON", "王国斌", line=1)

# ---- line 2: the sites visited
p.ent("PERSON", "陆平", line=2)
#   唐盛汽车城: a car mall visited as a site, no span (decision 14)
p.ent("ORG", "澜沧泓德康复医院有限责任公司", line=2)
p.ent("ORG", "普洱澜沧古茶股份有限公司", line=2)
p.ent("ADMIN", "酒井乡", line=2)                    # 酒井乡携程度假农庄: the farm resort is a site
p.ent("ADMIN", "勐朗镇", line=2)                    # 南角河村民小组: below village level, no span (decision 3)
p.ent("ADMIN", "澜沧县", line=2)

# ---- line 3
p.ent("PERSON", "陆平", line=3)
p.ent("PERSON", "习近平", line=3)                   # inside the ideology name
p.ent("ORG", "省委", line=3)
p.slogan("PARALLEL", "3815", line=3)                # 省委“3815”战略发展目标: quoted code of digits
p.ent("ORG", "市委", line=3)
p.ent("ORG", "市政府", line=3)
p.ent("ADMIN", "普洱", line=3, nth=1)               # 普洱景迈山古茶林文化景观: unit inside a site name (decision 2)
p.ent("ADMIN", "普洱", line=3)                      # “普洱茶”金字招牌: unit inside a product/brand name (decision 2)

# ---- line 4
p.ent("PERSON", "陆平", line=4)
p.ent("ADMIN", "澜沧县", line=4)

# ---- line 5
p.ent("PERSON", "陆平", line=5)
p.ent("ORG", "澜沧县政协", line=5)                  # later bare 政协 (展现政协政协新担当…) generic, no span

# ---- blocks (no title stored)
p.block(1, 5, "BODY", article=1)

p.save()
