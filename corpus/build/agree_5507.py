"""agree-page-5507: 中共佛山市南海区委组织部, 2020-06-30, one article on 南海's village Party
secretaries (头雁效应); the page opens with the article's first sentence (no title line)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5507", "corpus/raw/pages/5507_nanhai_zuzhibu_touyan.txt",
         publisher="中共佛山市南海区委组织部", date="2020-06-30", script="simplified",
         origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: 火车跑得快,全靠车头带。 (lead sentence, no entities)

# ---- line 2
p.ent("ADMIN", "南海", line=2, nth=1)               # 是南海全面开展各项工作的助推器
p.ent("ADMIN", "南海区", line=2, nth=1)             # 南海区党员干部…作风建设推进会 (unit inside an event name)
p.ent("ORG", "南海区委", line=2)                    # 南海区委书记闫昊波
p.ent("PERSON", "闫昊波", line=2)
p.ent("ADMIN", "南海", line=2, after="要把")         # 要把南海党员干部
p.slogan("COUNT", "三块地", line=2)                 # “三块地”改革 (three kinds of rural land)

# ---- line 3
p.ent("ADMIN", "南海", line=3, nth=1)               # 南海获批创建
p.ent("ADMIN", "广东省", line=3)                    # 广东省城乡融合发展改革创新实验区 (unit inside a pilot area's name)
p.ent("ADMIN", "南海", line=3, after="尤其")         # 尤其南海发展的主战场
p.ent("ADMIN", "南海", line=3, after="助推")         # 助推南海高质量发展

# ---- line 4
p.ent("ADMIN", "南海", line=4, nth=1)               # 南海给出了自己的答案
p.ent("ADMIN", "南海区", line=4, nth=1)             # 6月29日,南海区举行
p.ent("ORG", "区委", line=4, after="上提一级")        # 向区委述职
p.ent("ORG", "南海区委", line=4)                    # 今年3月南海区委出台的1号文
p.slogan("COUNT", "十项措施", line=4)               # 《关于推动基层党组织全面进步全面过硬的十项措施》

# ---- line 5
p.ent("ADMIN", "南海", line=5, nth=1)               # 南海高度重视
p.ent("ADMIN", "南海", line=5, after="为")           # 为南海的高质量发展

# ---- line 6: caption with photo credit
p.ent("ADMIN", "南海区", line=6)
p.byline("PHOTO", "珠江时报见习记者/廖明璨 摄")
p.ent("ORG", "珠江时报", line=6)
p.ent("PERSON", "廖明璨", line=6)

# ---- line 8
p.ent("ADMIN", "广东", line=8)                      # “广东四小虎” (unit inside an epithet)
p.ent("ADMIN", "南海", line=8)                      # 经济发展先走一步的南海
p.slogan("GROUP", "三难", line=8,
         expansion=["村民多、密切联系难", "企业多、流动人口多,精细管理难", "任务多、人手少,资源统筹难"])

# ---- blocks
p.block(1, 5, "BODY", article=1)
p.block(6, 6, "CAPTION", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(8, 8, "BODY", article=1)

p.save()
