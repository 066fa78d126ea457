"""page-5302: 子长市融媒体中心 (zcrmt.net, 陕西延安子长; publisher inferred from the domain), an article of
Sept 2017 (url path 2017/xinwen_0927; the event is dated 9月21日): a city vice-mayor's survey visit to the
county. Text as returned by the `pages` store: it holds the body only (no title, no meta line); taken whole,
569 characters (under the helpers' 600 floor)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5302", "corpus/raw/pages/5302_zichang_shiling_diaoyan.txt",
         publisher="子长市融媒体中心", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ORG", "市委", line=1)                     # 市委常委 -> ORG 市委 (shortened title keeps its organ)
p.ent("PERSON", "孙矿玲", line=1)                # 副市长 title outside
p.ent("ORG", "市政府办", line=1)
p.ent("ORG", "环保局", line=1)                   # 市政府办、环保局、卫计局、教育局等部门: one specific city bureau each (decision 13)
p.ent("ORG", "卫计局", line=1)
p.ent("ORG", "教育局", line=1)
#   我县: deictic
p.ent("ORG", "县委", line=1, nth=1)              # 县委副书记、县长雷兴平 -> ORG 县委 + titles
p.ent("PERSON", "雷兴平", line=1)
p.ent("ORG", "县委", line=1, after="雷兴平")      # 县委常委、宣传部长张史奇
p.ent("ORG", "宣传部", line=1)                   # 宣传部长 -> ORG 宣传部 (session 6)
p.ent("PERSON", "张史奇", line=1)
p.ent("ORG", "县委", line=1, after="张史奇")      # 县委副书记崔亚军
p.ent("PERSON", "崔亚军", line=1)

# ---- line 2
p.ent("PERSON", "孙矿玲", line=2)
p.ent("ORG", "康昕食品有限公司", line=2)            # enterprise
p.ent("ADMIN", "安定", line=2)                   # 安定文化旅游名镇建设: 子长's 安定镇 by its short name inside a project (decision 2)
p.ent("ORG", "栾家坪卫生院", line=2)              # a health centre (hospital, §2 ORG), with its place's name
p.ent("ORG", "子长中学", line=2)                 # a school; 新校区建设 is the building project, outside
#   污水处理厂: a facility with no name, no span

# ---- line 4
p.ent("PERSON", "雷兴平", line=4)
p.ent("PERSON", "孙矿玲", line=4)
#   一、二、三产融合: the ordinals of the three sectors, no formula (session 8: 一二三产业)

# ---- line 5
p.ent("PERSON", "雷兴平", line=5)
p.ent("ORG", "县委", line=5)
p.ent("ORG", "县政府", line=5)

# ---- blocks (no title, no byline stored: one article of body text)
p.block(1, 2, "BODY", article=1)
p.block(4, 5, "BODY", article=1)

p.save()
