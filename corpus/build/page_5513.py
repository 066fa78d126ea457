"""page-5513: 上海市金山区人大常委会 site (renda.jinshan.gov.cn, 人大要闻 > 工作动态), 2024-05-15, one article:
金山区出席虹桥国际开放枢纽人大工作协同协作机制联席会议并作交流. Text as returned by the `pages` store, from
its title; the site's copyright line at the end, cut off mid-word, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5513", "corpus/raw/pages/5513_jinshan_renda_hongqiao_xietong.txt",
         publisher="上海市金山区人大常委会", date="2024-05-15", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "金山区", line=1)
#   虹桥国际开放枢纽: a planning area named after the Hongqiao hub (like 长三角, 城市副中心): no span

# ---- line 4
p.ent("ADMIN", "江苏省", line=4, nth=1)
p.ent("ADMIN", "苏州市", line=4, nth=1)
p.ent("ADMIN", "昆山市", line=4, nth=1)
p.ent("ORG", "浙江省嘉兴市平湖市人大常委会", line=4)      # an organ with its admin prefix: one ORG
p.ent("ORG", "苏州市人大常委会", line=4)
p.ent("ADMIN", "上海市", line=4)
for u in ["闵行区", "长宁区", "嘉定区", "金山区", "松江区"]:
    p.ent("ADMIN", u, line=4)
p.ent("ADMIN", "江苏省", line=4, after="松江区和")
p.ent("ADMIN", "苏州市", line=4, after="松江区和")
p.ent("ADMIN", "昆山市", line=4, after="松江区和")
p.ent("ADMIN", "太仓市", line=4)
p.ent("ADMIN", "相城区", line=4)
p.ent("ADMIN", "苏州工业园区", line=4)   # a government-run zone listed among the 13 units (decision 3 / 50NN rule)
p.ent("ADMIN", "浙江省", line=4, after="苏州工业园区")
p.ent("ADMIN", "嘉兴市", line=4, after="苏州工业园区")
for u in ["海宁市", "海盐县", "南湖区"]:
    p.ent("ADMIN", u, line=4)
p.ent("ADMIN", "平湖市", line=4, after="南湖区")
#   十三个市、区、县: a count of units in prose, no formula

# ---- line 6
p.ent("ORG", "金山区人大常委会", line=6)
p.ent("PERSON", "王宏伟", line=6)
#   “田园五镇”: a count of places (five towns), prose (34NN rule), no slogan
p.ent("PERSON", "习近平", line=6)
#   长三角: a region, no span

# ---- line 8
p.ent("ADMIN", "昆山市", line=8)                    # 昆山市全过程人民民主宣教实践基地: a venue, unit inside
#   宪法公园, 人大代表之家: places, no span

# ---- lines 12-19: the site's 最新更新 list (PAGE); spans inside kept
p.ent("ORG", "廊下镇人大", line=13)                 # 廊下镇人大代表: a shortened title keeps its body (阿右旗人大代表)
p.ent("ADMIN", "金山区", line=14)
p.ent("ORG", "区七届人大常委会", line=15)           # the term inside the organ's name (县第十八届人民代表大会 rule)
p.ent("ORG", "区人大常委会", line=16)
p.ent("PERSON", "王宏伟", line=16)
p.ent("ORG", "区人大常委会", line=17)
p.ent("PERSON", "蒋雅红", line=17)
p.ent("ORG", "区七届人大常委会", line=18)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")            # 发表时间: date-only meta line
p.block(4, 8, "BODY", article=1)
p.block(10, 10, "PAGE")          # 来源: (empty label)
p.block(12, 19, "PAGE")          # 最新更新 … 最新图片: site's list of links

p.save()
