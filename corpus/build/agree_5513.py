"""agree-page-5513: 上海市金山区人大常委会 (district people's congress site), 2024-05-15, one article:
金山区出席虹桥国际开放枢纽人大工作协同协作机制联席会议并作交流, then the site's 最新更新 link list.
Second-pass annotation, made without the first pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5513", "corpus/raw/pages/5513_jinshan_renda_hongqiao_xietong.txt",
         publisher="上海市金山区人大常委会", date="2024-05-15", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "金山区", line=1)
#   虹桥国际开放枢纽: a planning area named after the Hongqiao hub (a region, not 虹桥镇/虹桥街道): no span
#   人大工作协同协作机制联席会议: a meeting, no ORG

# ---- line 2: 发表时间:2024-05-15 (date-only meta line) -> PAGE

# ---- line 4
#   十三个市、区、县: a count of places, prose (no slogan)
p.ent("ORG", "浙江省嘉兴市平湖市人大常委会", line=4)   # §2: one ORG with every admin prefix
p.ent("ORG", "苏州市人大常委会", line=4)
p.ent("ADMIN", "苏州工业园区", line=4)                 # counted among the thirteen 市、区、县: a government-run zone
for s in ["江苏省", "苏州市", "昆山市", "浙江省", "嘉兴市", "平湖市",
          "上海市", "闵行区", "长宁区", "嘉定区", "金山区", "松江区",
          "太仓市", "相城区", "海宁市", "海盐县", "南湖区"]:
    p.ent("ADMIN", s, line=4, every=True)
#   …等十三个市、区、县人大常委会领导: a generic class of bodies (one per listed unit), no ORG

# ---- line 6
p.ent("ORG", "金山区人大常委会", line=6)
p.ent("PERSON", "王宏伟", line=6)
#   本区区、镇两级人大: level words, no span; “田园五镇”: a count of towns (places), no slogan
p.ent("PERSON", "习近平", line=6)
#   长三角: a region, no span

# ---- line 8
p.ent("ADMIN", "昆山市", line=8)                        # 昆山市全过程人民民主宣教实践基地: a site (decision 2)
#   宪法公园, 人大代表之家: places, no span

# ---- lines 12-19: 最新更新 link list (PAGE), spans kept
p.ent("ORG", "廊下镇人大", line=13)                     # 廊下镇人大代表: shortened title keeps its organ (阿右旗人大代表)
p.ent("ADMIN", "金山区", line=14)
p.ent("ORG", "区七届人大常委会", line=15)               # the term inside the name (县政协九届委员会)
p.ent("ORG", "区人大常委会", line=16)
p.ent("PERSON", "王宏伟", line=16)
p.ent("ORG", "区人大常委会", line=17)
p.ent("PERSON", "蒋雅红", line=17)
p.ent("ORG", "区七届人大常委会", line=18)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")          # 发表时间:2024-05-15
p.block(4, 8, "BODY", article=1)
p.block(10, 10, "PAGE")        # 来源: (empty)
p.block(12, 19, "PAGE")        # 最新更新 … 最新图片 (link list)

p.save()
