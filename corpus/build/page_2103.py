"""page-2103: 魏县人民政府 (wei.gov.cn, 河北省邯郸市魏县), 2021-11-16, one article:
政府县长高巍实地调研乡村振兴、冬小麦种植、疫情防控等工作. Text as returned by the `pages`
store, from its breadcrumb and title; its last paragraph (在长青种业附近田地…一要高度重视。),
cut off by the store, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2103", "corpus/raw/pages/2103_weixian_gaowei_diaoyan.txt",
         publisher="魏县人民政府", date="2021-11-16", script="simplified", origin="pages")

# ---- line 2: headline. 政府县长: the bare 政府 (the county government) gets no span,
#      like the bare 政府 of 党委政府 (docs/annotation.md, sixth batch)
p.ent("PERSON", "高巍", line=2)

# ---- line 5
p.ent("PERSON", "高巍", line=5)
p.ent("PERSON", "苏晓艳", line=5)                 # 政府副县长 苏晓艳: title outside
p.ent("PERSON", "张俊刚", line=5)

# ---- line 7
p.ent("PERSON", "高巍", line=7, nth=1)            # 高巍一行
#   礼贤台景区, 兴源河东岸观光路, 漳河右堤岸路: places, no span
p.ent("ADMIN", "德政镇", line=7)
p.ent("ADMIN", "前小寨村", line=7)                # 前小寨村南: the village, 南 is a direction
p.ent("ADMIN", "双井镇", line=7)
p.ent("ADMIN", "东北庄村", line=7)                # 东北庄村林场: the village's woodland as a place (decision 14)
#   规划设计院 (有关单位和规划设计院负责同志): a bare institution type, no span (decision 13)
p.ent("PERSON", "高巍", line=7)                   # 高巍强调
#   大运河博物馆: a venue (decision 14); 大运河 is no unit
p.ent("ADMIN", "魏县", line=7)                    # 魏县历史文化
#   梨乡水城: an epithet, no span

# ---- blocks
p.block(1, 1, "PAGE")                             # 当前位置:首页 (breadcrumb)
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                             # 时间:… (a date-only meta line)
p.block(5, 7, "BODY", article=1)

p.save()
