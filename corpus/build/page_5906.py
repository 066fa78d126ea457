"""page-5906: 修水县融媒体中心 (xsrmtzx.cn, 江西省九江市修水县), date not printed (3月12日, year not
given), one article: 县长刘婕 visits 大桥镇、水源乡、东港乡. The `pages` store keeps no title for this
site (its page opens with the first paragraph); the third paragraph (随后,刘婕来到水源乡考察调研…) is cut
off mid-sentence in the store and was dropped. 455 characters, under the helpers' 600 floor."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5906", "corpus/raw/pages/5906_xiushui_liujie_diaoyan.txt",
         publisher="修水县融媒体中心", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ORG", "县委", line=1)                     # 县委副书记 -> ORG 县委; 县长 is a title
p.ent("PERSON", "刘婕", line=1, nth=1)
p.ent("ADMIN", "大桥镇", line=1)
p.ent("ADMIN", "水源乡", line=1)
p.ent("ADMIN", "东港乡", line=1)
#   村“两委”干部: the committees of the villages in general, a count of bodies -> no ORG, no slogan
p.ent("PERSON", "刘婕", line=1, nth=1)           # 刘婕强调
p.ent("PERSON", "习近平", line=1)
p.slogan("GROUP", "三农")                         # “三农”工作 (农业、农村、农民; items not printed)
#   “走在前、勇争先、善作为”: no numeral -> no slogan
#   中央和省委农村工作会议: 中央 only qualifies the meeting (中央农村工作会议) -> no span;
#   省委 is an organ inside a meeting name -> ORG
p.ent("ORG", "省委", line=1)

# ---- line 3
p.ent("PERSON", "刘婕", line=3, nth=1)           # 刘婕首先来到
p.ent("ADMIN", "大桥镇", line=3)
p.ent("ADMIN", "墩台村", line=3)                 # 该镇墩台村: deictic 该镇 outside
p.ent("ORG", "江西省欧达渔具有限公司", line=3)   # enterprise named in full, province inside the name
p.ent("PERSON", "刘婕", line=3, every=True)      # 刘婕详细了解, 刘婕仔细察看
p.ent("ADMIN", "沙湾村", line=3)
#   “人民至上、生命至上”: no numeral -> no slogan

# ---- blocks
p.block(1, 3, "BODY", article=1)   # two BODY blocks (blank line between); no title stored

p.save()
