"""page-1816: 黎川县人民政府 (江西省抚州市黎川县; page served at gylcjn.com with the Jiangxi government
CMS path art/2025/5/21/art_2466_…, breadcrumb 首页 > 要闻动态 > 黎川要闻), 2025-05-21, one article:
郑锦锋深入部分乡镇督查防汛工作. Text as returned by the `pages` store, from its title; the last
paragraph (督查期间,…姑娘果种), cut off mid-sentence by the store, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1816", "corpus/raw/pages/1816_lichuan_zhengjinfeng_fangxun.txt",
         publisher="黎川县人民政府", date="2025-05-21", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "郑锦锋", line=1)

# ---- line 3: 发布日期: … 浏览次数: (date and an empty counter only): PAGE, no span

# ---- line 5
p.ent("ORG", "县委", line=5)                       # 县委书记郑锦锋 -> ORG 县委 + title
p.ent("PERSON", "郑锦锋", line=5)
p.ent("ADMIN", "湖坊乡", line=5)
p.ent("ADMIN", "潭溪乡", line=5)
p.ent("PERSON", "习近平", line=5)
p.ent("ORG", "县委", line=5, after="安全。")        # 县委常委 -> ORG 县委 (shortened title keeps the organ)
#   常务副县长: a title with a bare level word, no span
p.ent("PERSON", "陈武光", line=5)
p.ent("ORG", "县人大常委会", line=5)               # 县人大常委会副主任
p.ent("PERSON", "任元妹", line=5)

# ---- line 7
p.ent("ADMIN", "湖坊乡", line=7)
p.ent("PERSON", "郑锦锋", line=7)

# ---- line 9: 湖坊乡西坑水库 -- a site; the unit inside it is ADMIN (decision 2), the reservoir no span
p.ent("ADMIN", "湖坊乡", line=9)
p.ent("PERSON", "郑锦锋", line=9)

# ---- line 11: 潭溪乡文青吁家地质灾害点 -- a site; 潭溪乡 ADMIN; 文青吁家 left without span (see notes)
p.ent("ADMIN", "潭溪乡", line=11)
p.ent("PERSON", "郑锦锋", line=11)

# ---- line 13: 各乡镇, 相关部门, 气象、水利、自然资源等部门: generic, no span
p.ent("PERSON", "郑锦锋", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # 发布日期: 2025-05-21 14:35 浏览次数:
p.block(5, 13, "BODY", article=1)

p.save()
