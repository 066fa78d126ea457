"""page-2716: 澳門會展經濟報 (macaucee.com.mo), one article: 澳門歸僑總會 holds its spring reception for
the Macau media (event on 23 January, 2021 by the text; publication date not printed).
Text as returned by the `pages` store (it holds no title: it opens with the 【本報訊】 paragraph);
the last paragraph (a single character, 僑…) was cut off by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2716", "corpus/raw/pages/2716_macaucee_guiqiao_media_spring.txt",
         publisher="澳門會展經濟報", date=None, script="traditional", origin="pages")

# ---- line 1: source tag + first paragraph
p.byline("BYLINE", "【本報訊】")                 # 25NN decision: 【本報消息】-type tags are source tags
p.ent("ORG", "澳門歸僑總會", line=1)
#   皇都酒店: a hotel as the venue, no span (decision 14)
p.ent("ADMIN", "澳門", line=1, after="皇都酒店舉辦")   # 澳門傳媒迎新春聯歡宴會: unit inside an event name
p.ent("PERSON", "劉藝良", line=1)
p.ent("ADMIN", "澳門", line=1, after="新的一年")        # 澳門僑界將
p.ent("ADMIN", "澳門", line=1, after="發揮")            # “發揮澳門僑界的橋樑作用
p.slogan("PARALLEL", "一帶一路", line=1)                 # two numeral-led parts; items not spelled out
#   僑界: a community, not an organisation

# ---- line 2: the media present (every name an ORG; 本澳 is deictic, no span)
p.ent("ORG", "僑總", line=2)                     # short for 澳門歸僑總會
for name in ["澳門日報", "澳門廣播電視股份有限公司", "華僑報", "濠江日報", "大眾報", "市民日報",
             "力報", "蓮花衛視", "新華澳報", "人民日報澳門分社", "中國國際廣播電台澳門記者站",
             "新華社澳門分社", "澳門商報", "澳亞衛視", "大公文匯傳媒集團", "粵港澳大灣區報",
             "澳門傳媒集團", "澳門有線電視", "澳門會展經濟報", "澳門焦點報", "濠江都市報",
             "蓮花時報", "澳門今日", "現代澳門日報", "澳門時報", "澳門晚報", "澳門晨報", "天空時報"]:
    p.ent("ORG", name, line=2)

# ---- line 3
p.ent("PERSON", "劉藝良", line=3)
p.ent("ORG", "中央", line=3)                     # 在中央的大力支持下: the central authorities acting
#   行政長官: a title, no span
p.ent("ORG", "特區政府", line=3)                 # the SAR government (a qualified 政府, like 市政府)
#   全澳: a level-like word, no span; 社區零感染 …零死亡: 零 counts nothing (decision 10)
p.ent("ADMIN", "澳門", line=3, nth=1)            # 澳門僑界亦…
#   政府 (配合政府防疫): bare institution type, no span (decision 13)
p.ent("ORG", "僑總", line=3)
#   印尼、美國、韓國: foreign countries, no span
p.ent("ADMIN", "澳門", line=3, after="國家為")   # 為澳門與內地; 內地: no span

# ---- line 4
p.ent("ADMIN", "澳門", line=4, nth=1)            # 澳門僑界將按照
#   政府施政報告: bare 政府, no span
p.ent("ADMIN", "澳門", line=4, after="“發揮")    # “發揮澳門僑界的橋樑作用
p.slogan("PARALLEL", "一帶一路", line=4)
p.ent("ADMIN", "澳門", line=4, after="服務")     # 服務澳門所需; 國家所需: no span
p.ent("ADMIN", "澳門", line=4, after="新時代背景下的")   # 澳門發展

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
