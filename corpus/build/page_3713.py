"""page-3713: 0455zd.com (肇东市 local news site, Heilongjiang), one article: the city CPPCC's
calligraphy/painting/photo exhibition for the 70th anniversary of the CPPCC. The stored text
opens with the dateline paragraph (no title stored); its last paragraph, cut off mid-sentence
(市领导杨铁成、王明天), was dropped. Text as returned by the `pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3713", "corpus/raw/pages/3713_zhaodong_zhengxie_zuopinzhan.txt",
         publisher="0455zd.com", date=None, script="simplified", origin="pages")

# ---- line 1: organisers
p.ent("ORG", "市政协", line=1)
p.ent("ORG", "市文联", line=1)
p.ent("ORG", "市总工会", line=1)
p.ent("ORG", "市广播电视台", line=1)
p.ent("ORG", "东兴建筑集团", line=1)          # enterprise (承办)
p.ent("ORG", "人民政协", line=1)              # 庆祝人民政协成立70周年: the CPPCC itself
#   “东兴杯”: a contest's brand name, no span (see notes); 市民俱乐部: venue, no span

# ---- line 2: leaders present
p.ent("ORG", "市委", line=2, nth=1)           # 市委书记
p.ent("PERSON", "张伟志", line=2)
p.ent("ORG", "市人大常委会", line=2)
p.ent("PERSON", "范树林", line=2)
p.ent("ORG", "市委", line=2)                  # 市委副书记 (next free 市委)
p.ent("PERSON", "隋旭鹏", line=2)             # 市长: title, no span
p.ent("ORG", "市政协", line=2)
p.ent("PERSON", "刘秀海", line=2)

# ---- line 3
p.ent("ORG", "市政协", line=3)
p.ent("PERSON", "赵传虹", line=3)

# ---- line 4
p.ent("PERSON", "赵传虹", line=4)
p.ent("ORG", "肇东市政协", line=4)
p.ent("PERSON", "习近平", line=4)             # inside the ideology's name
p.ent("ORG", "市委", line=4)                  # 围绕市委工作重心
p.slogan("GROUP", "双岗建功", line=4)          # CPPCC formula: 双 counts 两岗 (本职岗位, 政协岗位)

# ---- line 5
p.ent("PERSON", "赵传虹", line=5)
p.ent("ORG", "市委", line=5)                  # 市委八届四次全会: the plenary is the event
p.slogan("GROUP", "四区", line=5)             # “四区”建设: kind noun outside
p.slogan("GROUP", "四化", line=5)             # “四化”工程
#   “都城地”: no numeral, no slogan

# ---- line 6
p.ent("PERSON", "赵传虹", line=6)
p.ent("ORG", "人民政协", line=6)              # 人民政协事业
p.slogan("GROUP", "双岗建功", line=6)
p.ent("ADMIN", "肇东", line=6)                # 开启肇东全面振兴

# ---- line 7
p.ent("ORG", "市政协", line=7)
p.ent("PERSON", "田宇", line=7)

# ---- line 8
p.ent("ORG", "人民政协", line=8)              # 人民政协的光辉历程
#   五个板块: a count in prose, no slogan

# ---- blocks: one article, no title stored
p.block(1, 8, "BODY", article=1)

p.save()
