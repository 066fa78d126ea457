"""page-1709: 淄博市张店区人民政府 (zhangdian.gov.cn, open-government channel of 公园街道办事处),
2022-05-16, one web article: 公园街道 | 一周工作播报 (a weekly digest of five ▲ items).
Text as returned by the `pages` store, from its first line; the stored text ends in a sixth ▲
item cut off mid-sentence, which was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1709", "corpus/raw/pages/1709_zhangdian_gongyuan_jiedao_bobao.txt",
         publisher="淄博市张店区人民政府", date="2022-05-16", script="simplified", origin="pages")

# ---- lines 1-4: channel name and meta table
p.ent("ORG", "公园街道办事处", line=1)          # the office whose channel this is (decision 3: acting as an office)
p.ent("ADMIN", "公园街道", line=2)              # 标题: 公园街道 | …
p.byline("BYLINE", "发布机构: 公园街道办事处", line=4)   # decision 12: labelled source credit, date outside
p.ent("ORG", "公园街道办事处", line=4)          # a byline's source naming a unit/office is ORG

# ---- line 6: headline
p.ent("ADMIN", "公园街道", line=6)

# ---- line 13
p.ent("PERSON", "沙向东", line=13)
p.ent("PERSON", "鹿斌佐", line=13)
p.ent("ADMIN", "公园街道", line=13)
#   福园小区: a residential compound, no span (§2)

# ---- line 15
p.ent("ORG", "市委政法委综治办", line=15)       # sub-unit written after its organ: one ORG
p.ent("PERSON", "张伟", line=15)
p.ent("ADMIN", "公园街道", line=15)
p.ent("ORG", "区委政法委", line=15)
p.ent("ORG", "街道党工委", line=15)             # level word + organ, like 镇党委
p.ent("PERSON", "王磊", line=15)
p.ent("PERSON", "张伟", line=15)                # 张伟同志
p.ent("ORG", "街道综治中心", line=15)           # like 街道执法中队 (seed-002)

# ---- line 17
p.ent("ORG", "市妇儿工委", line=17)
p.ent("PERSON", "张萍", line=17)
p.ent("PERSON", "杨朝晖", line=17)
p.ent("ADMIN", "公园街道", line=17)
p.ent("ADMIN", "福园社区", line=17)             # a community: village-level unit
p.ent("PERSON", "刘正道", line=17)
p.ent("ORG", "区民政局", line=17)
p.ent("PERSON", "孟凡伟", line=17)
p.ent("ORG", "区妇联", line=17)
p.ent("PERSON", "曹晓萌", line=17)
p.ent("ORG", "公园街道党工委", line=17)
p.ent("PERSON", "王磊", line=17)

# ---- line 19
p.ent("ORG", "枣庄市市中区区委", line=19)       # ORG with its whole admin prefix
p.ent("PERSON", "李厚兴", line=19)
p.ent("ADMIN", "市中区", line=19)               # 市中区党政考察团: a delegation, no ORG
p.ent("ADMIN", "公园街道", line=19)
#   黄桑淄味夜市小吃街: a place; 淄 is a one-character abbreviation (no ADMIN)
p.ent("PERSON", "刘静", line=19)
p.ent("PERSON", "肖佃刚", line=19)
p.ent("ORG", "公园街道党工委", line=19)
#   办事处主任: bare institution type in a title, no span (decision 13)
p.ent("PERSON", "刘强", line=19)

# ---- line 21 (the stored text prints the same sentence twice: both annotated)
for _ in range(2):
    p.ent("ORG", "博山区科协党组", line=21)     # 党组 written after its organisation: one ORG
    p.ent("PERSON", "焦方芳", line=21)
    p.ent("ADMIN", "公园街道", line=21)
    p.ent("ORG", "区科协", line=21)
    p.ent("PERSON", "陈跃山", line=21)
    p.ent("ORG", "公园街道党工委", line=21)
    p.ent("PERSON", "许涛", line=21)

# ---- blocks
p.block(1, 1, "COLUMN")        # the channel's name (a site section named alone)
p.block(2, 3, "PAGE")          # meta table: 标题, 索引号/文号
p.block(4, 4, "BYLINE", article=1)   # 发文日期 … 发布机构: …
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 8, "PAGE")          # date-only line
p.block(9, 11, "PAGE")         # 字号 | 打印
p.block(13, 21, "BODY", article=1)   # blank lines split it into five BODY blocks

p.save()
