"""page-4608: 佛山日报 (佛山新闻网; copy on a mirror that converted the page to traditional script),
2025-06-08, one article: 澳門全國人大代表赴佛山開展專題調研. Text as returned by the `pages` store, from
its title (the mirror's spam banner above it left out); the cut last paragraph dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4608", "corpus/raw/pages/4608_foshan_aomen_rendadaibiao.txt",
         publisher="佛山日报", date="2025-06-08", script="traditional", origin="pages")

# ---- line 1: headline. A region's deputies to a national body: ADMIN region + ORG body (22NN rule)
p.ent("ADMIN", "澳門", line=1)
p.ent("ORG", "全國人大", line=1)
p.ent("ADMIN", "佛山", line=1)

# ---- line 3: meta line with its source (decision 12), timestamp outside
p.byline("BYLINE", "來源:佛山日報", line=3)
p.ent("ORG", "佛山日報", line=3)

# ---- line 5: source tag with reporters up to 報道 (session-15 rule), then the first paragraph
p.byline("BYLINE", "佛山新聞網訊 佛山市新聞傳媒中心記者莫璇 通訊員佛任宣報道", line=5)
p.ent("ORG", "佛山新聞網", line=5)
p.ent("ORG", "佛山市新聞傳媒中心", line=5)
p.ent("PERSON", "莫璇", line=5)
#   佛任宣: a collective pen name (佛山 + 人大 宣传), standing for an institution: not PERSON (decision 6)
p.ent("ORG", "全國人大常委會代表工作委員會", line=5, nth=1)
p.ent("PERSON", "劉藝良", line=5)
p.ent("PERSON", "高開賢", line=5)
p.ent("PERSON", "崔世平", line=5)
p.ent("ADMIN", "澳門特別行政區", line=5)
p.ent("ORG", "全國人大", line=5, after="第十四屆")   # term before the organ stays outside (六届市纪委 rule)
p.ent("ADMIN", "佛山", line=5, after="調研組到")
p.ent("ADMIN", "佛山", line=5, after="深入了解")
#   粵港澳大灣區: a region of one-character short forms, no span
p.ent("ORG", "全國人大常委會代表工作委員會", line=5)      # the second mention (主任 郭振華)
p.ent("PERSON", "郭振華", line=5)
p.ent("ORG", "省人大常委會", line=5)
p.ent("PERSON", "張碩輔", line=5)
p.ent("ORG", "中央政府駐澳門聯絡辦公室", line=5)   # an office stationed elsewhere: one ORG with its parent
p.ent("PERSON", "張應杰", line=5)

# ---- line 7
p.ent("ADMIN", "禪城區", line=7)
#   嶺南天地, 簡氏別墅, 文會里嫁娶屋, 祖廟東華里片區, 美陶灣, 港澳青年創業孵化基地: places, no span
p.ent("PERSON", "黃祥華", line=7)            # 黃祥華如意油祖鋪: the founder's name inside a shop's (a real person)
p.ent("ORG", "新石灣美術陶瓷廠有限公司", line=7)
p.ent("ADMIN", "澳門", line=7)               # 兩位澳門青年
p.ent("ADMIN", "佛山", line=7, every=True)   # 在佛山創業, 對佛山構建 (港澳: one-character forms, no span)

# ---- line 9
p.ent("ORG", "南海區桂城街道人大代表中心聯絡站", line=9)   # the station acts (依托…機制,創建…載體): ORG with its prefix
#   “社區議事會”“人大講堂”“專題調查研究”: programmes (特色載體), no span; 基層人大: generic
p.ent("ADMIN", "佛山", line=9)
p.ent("ADMIN", "三水區", line=9)
p.ent("ORG", "廣東邦普循環科技有限公司", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)

p.save()
