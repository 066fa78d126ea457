"""page-5507: 中共佛山市南海区委组织部 (zuzhibu.nanhai.gov.cn, 区委组织部 site of 佛山市南海区, 广东), 2020-06-30
(date from the page address), one article on the 村(社区)党组织书记提级述职评议会 of 南海区. Text as returned by
the `pages` store: the stored opening has no title line; its last paragraph (cut mid-sentence at "基层治") is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5507", "corpus/raw/pages/5507_nanhai_zuzhibu_touyan.txt",
         publisher="中共佛山市南海区委组织部", date="2020-06-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: 火车跑得快,全靠车头带。 (lead line, no span)

# ---- line 2
p.ent("ORG", "南海区委", line=2)                 # 南海区委书记闫昊波 -> ORG + title
p.ent("ADMIN", "南海区", line=2)                 # 南海区党员干部…作风建设推进会
p.ent("ADMIN", "南海", line=2, every=True)       # 是南海全面开展…, 要把南海党员干部 (2)
p.ent("PERSON", "闫昊波", line=2)
#   “守底线、强担当、提效能”: no numeral, no formula
p.slogan("COUNT", "三块地", line=2)              # “三块地”改革 (the three kinds of rural land in the reform)

# ---- line 3
p.ent("ADMIN", "广东省", line=3)                 # 广东省城乡融合发展改革创新实验区: a designation, unit inside (decision 2)
p.ent("ADMIN", "南海", line=3, every=True)       # 南海获批, 尤其南海, 助推南海 (3)

# ---- line 4
p.ent("ORG", "南海区委", line=4)                 # 今年3月南海区委出台的1号文
p.ent("ORG", "区委", line=4, after="上提一级")     # 向区委述职
p.ent("ADMIN", "南海区", line=4)                 # 南海区举行…评议会
p.ent("ADMIN", "南海", line=4)                   # 南海给出了自己的答案
p.slogan("COUNT", "十项措施", line=4)            # 《关于推动基层党组织全面进步全面过硬的十项措施》 (N项 + content, like 八项规定)
#   头雁效应, 上提一级, 1号文: no formula

# ---- line 5
p.ent("ADMIN", "南海", line=5, every=True)       # 南海高度重视, 为南海的 (2)

# ---- line 6: caption with photo credit
p.ent("ADMIN", "南海区", line=6)
p.byline("PHOTO", "珠江时报见习记者/廖明璨 摄")   # a medium's reporter in a photo credit: one PHOTO span
p.ent("ORG", "珠江时报", line=6)
p.ent("PERSON", "廖明璨", line=6)

# ---- line 7: crosshead (no span)

# ---- line 8
p.ent("ADMIN", "广东", line=8)                   # “广东四小虎”: unit inside an epithet of four places (no formula)
p.ent("ADMIN", "南海", line=8)
p.slogan("GROUP", "三难", line=8,
         expansion=["村民多、密切联系难", "企业多、流动人口多,精细管理难", "任务多、人手少,资源统筹难"])

# ---- blocks
p.block(1, 5, "BODY", article=1)
p.block(6, 6, "CAPTION", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(8, 8, "BODY", article=1)

p.save()
