"""page-6011: 精河县人民政府 (county portal www.xjjh.gov.cn, 精河县, 博尔塔拉蒙古自治州, 新疆), date not
printed (5月26日, no year). One article: a vice-county-head's field visit on 枸杞 (goji) growing and
harvest preparation. Text as returned by the `pages` store: it opens with the first body paragraph (no
title is stored); its last paragraph (下一步,刘新华副县长要求,…组织技术人员深) was cut mid-sentence by the
store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6011", "corpus/raw/pages/6011_jinghe_liuxinhua_gouqi.txt",
         publisher="精河县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ORG", "精河县人民政府", line=1)          # 精河县人民政府副县长: organ + title
p.ent("PERSON", "刘新华", line=1)
p.ent("ADMIN", "茫丁乡", line=1)
p.ent("ADMIN", "八家户", line=1)                # listed with 茫丁乡, 托里镇 as one of 三个乡镇场
p.ent("ADMIN", "托里镇", line=1)

# ---- line 3
p.ent("PERSON", "刘新华", line=3)               # 刘新华副县长
p.ent("ADMIN", "茫丁乡", line=3)                # 茫丁乡|荷花池枸杞种植基地 (a site: no span)
p.ent("ADMIN", "八家户农场", line=3)            # the county farm, a township-level unit, before its teams
p.ent("ADMIN", "农六队", line=3)                # the farm's teams: village-level units (村队)
p.ent("ADMIN", "农七队", line=3)
p.ent("ADMIN", "农九队", line=3)
p.ent("ADMIN", "农五队", line=3)
p.ent("ADMIN", "托里镇", line=3)
p.ent("PERSON", "李肖汉", line=3)               # 李肖汉枸杞地: the grower's plot, a person inside a site name

# ---- line 4
p.ent("PERSON", "刘新华", line=4)
p.ent("ADMIN", "精河", line=4, nth=1)           # 确保精河枸杞: the county inside a product name (decision 2)
p.ent("ADMIN", "精河", line=4, nth=1)           # the next free one: 提高精河枸杞的市场占有率

# ---- line 6: 刘副县长 (surname + title): no PERSON; 各乡镇场: level words, no span

# ---- lines 8-9
p.ent("PERSON", "刘新华", line=8)
p.ent("PERSON", "刘新华", line=9)               # 我县: deictic, no span

# ---- blocks: one article, no title stored
p.block(1, 1, "BODY", article=1)
p.block(3, 4, "BODY", article=1)
p.block(6, 6, "BODY", article=1)
p.block(8, 9, "BODY", article=1)

p.save()
