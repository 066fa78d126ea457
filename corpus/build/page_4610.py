"""page-4610: 六枝特区融媒体中心 (the 六枝 broadcaster's site webtv3.i2863.com/lzdst, 本地要闻; publisher
inferred), 2019 (year inferred, not printed), one article about 特区党委书记杨昌显's inspection tour.
The `pages` store holds the page without its title (it opens with the body); its last paragraph,
cut mid-sentence (随后,杨昌显率相关部门赴新华镇…杨昌显在与煤矿负责人交流), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4610", "corpus/raw/pages/4610_liuzhi_yangchangxian_diaoyan.txt",
         publisher="六枝特区融媒体中心", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: the visit and its party
p.ent("ORG", "特区党委", line=1)                      # 六枝特区's Party committee, level word + organ (like 县委)
p.ent("PERSON", "杨昌显", line=1)
p.ent("ADMIN", "六枝", line=1)                        # 六枝北部部分乡镇
p.ent("ORG", "特区党委", line=1)                      # 特区党委副书记
p.ent("PERSON", "郭宇辉", line=1)
p.ent("ORG", "党委", line=1, after="郭宇辉")           # 党委常委: contracted title keeps its organ (市委常委 -> 市委)
p.ent("ORG", "宣传部", line=1)                        # 宣传部部长
p.ent("ORG", "统战部", line=1)                        # 统战部部长
p.ent("PERSON", "王国华", line=1)
p.ent("ORG", "人大常委会", line=1)                    # the 特区's congress standing committee
p.ent("PERSON", "何益贵", line=1)
p.ent("ORG", "特区政府", line=1)
p.ent("PERSON", "周龙", line=1)

# ---- line 2: 岩脚镇廻龙溪景区
p.ent("ADMIN", "岩脚镇", line=2)
#   廻龙溪景区 (twice): a scenic area, a place: no span
p.ent("PERSON", "杨昌显", line=2)
p.ent("ADMIN", "岩脚", line=2, after="做优做好")        # 岩脚温泉资源: the town inside a resource's name (decision 2)
p.ent("ADMIN", "六枝", line=2)                        # 六枝旅游形象
#   做精旅游产品、做优旅游服务、做大旅游增幅、做响旅游品牌: no numeral, no formula

# ---- line 3: 龙河镇阿珠安置点
p.ent("ADMIN", "龙河镇", line=3)
#   阿珠安置点: a resettlement site; 阿珠 is not shown to be a unit here: no span
p.ent("PERSON", "杨昌显", line=3, nth=1)
p.ent("PERSON", "杨昌显", line=3, nth=1)              # second mention (first now taken)
p.ent("PERSON", "习近平", line=3)
p.ent("ADMIN", "重庆", line=3)
p.slogan("PARALLEL", "两不愁三保障", line=3)            # items not spelled out on the page
p.ent("ORG", "省委", line=3)
p.ent("ORG", "省政府", line=3)
p.ent("ORG", "市委", line=3)
p.ent("ORG", "市政府", line=3)

# ---- line 4
p.ent("PERSON", "杨昌显", line=4)
#   移民、扶贫部门: fields listed before a generic 部门 (like 司法、卫健、文体等单位): no span
p.ent("ORG", "社区居委会", line=4)                    # the resettlement community's committee (decision 5)
#   乡镇部门: generic, no span

# ---- blocks: no title in the stored page
p.block(1, 4, "BODY", article=1)

p.save()
