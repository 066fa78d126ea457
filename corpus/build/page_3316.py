"""page-3316: 香港商報 (hkcd.com, 香港商報網), 2023-10-31, one article: 港府下午3時舉行完善地區治理研討會
李家超鄭雁雄出席, with the site's masthead, meta line and footer. Text as returned by the `pages`
store, from its masthead; complete (no cut-off paragraph)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3316", "corpus/raw/pages/3316_hkcd_difang_zhili_yantaohui.txt",
         publisher="香港商報", date="2023-10-31", script="traditional", origin="pages")

# ---- line 1: masthead
p.ent("ORG", "香港商報", line=1)

# ---- lines 3 and 5: the title, printed twice
for ln in (3, 5):
    p.ent("ORG", "港府", line=ln)                   # 港府 = 香港特區政府 (like 市府)
    p.ent("PERSON", "李家超", line=ln)
    p.ent("PERSON", "鄭雁雄", line=ln)

# ---- line 7: meta line  責任編輯:鄭嬋娟 2023-10-31 11:04:53 來源:香港商報網
p.ent("PERSON", "鄭嬋娟", line=7)                  # editor: PERSON, no byline span (editor line rule)
p.byline("BYLINE", "來源:香港商報網", line=7)
p.ent("ORG", "香港商報網", line=7)

# ---- line 9
p.ent("ORG", "特區政府", line=9)                    # level word + organ, like 縣政府
#   政府總部: a venue; 特區 (bare level word) in 推廣特區完善…: no span; 區議會: the councils in general
#   「完善地區治理 共創美好社區」研討會: an event

# ---- line 11
p.ent("PERSON", "李家超", line=11)                  # 行政長官 = title
p.ent("ORG", "中聯辦", line=11)
p.ent("PERSON", "鄭雁雄", line=11)
p.ent("ORG", "特區基本法委員會", line=11)
p.ent("PERSON", "黃玉山", line=11)
p.ent("ORG", "基本法委員會", line=11, after="黃玉山")  # 原基本法委員會副主任: 原 = former (of the post)
p.ent("PERSON", "譚惠珠", line=11)
p.ent("ORG", "香港再出發大聯盟", line=11)
p.ent("PERSON", "譚耀宗", line=11)
p.ent("ORG", "全國港澳研究會", line=11)
p.ent("PERSON", "劉兆佳", line=11)
p.ent("ADMIN", "港區", line=11)                     # 港區人大代表團: region ADMIN + national body ORG (22NN rule)
p.ent("ORG", "人大", line=11)
p.ent("PERSON", "吳秋北", line=11)
p.ent("ORG", "政務司", line=11)                     # 政務司司長: the department by name, 司長 = title
p.ent("PERSON", "陳國基", line=11)
p.ent("ORG", "政制及內地事務局", line=11)
p.ent("PERSON", "曾國衞", line=11)
p.ent("ORG", "民政及青年事務局", line=11)
p.ent("PERSON", "麥美娟", line=11)

# ---- line 13
p.ent("ORG", "政府新聞網", line=13)                 # a government's news site (like 中国政府网)
p.ent("ORG", "政制及內地事務局", line=13)
p.ent("ORG", "香港電台電視32台", line=13)           # a medium's channel joins the medium (鳳凰網四川頻道)

# ---- line 15
p.ent("ADMIN", "香港特別行政區", line=15)
#   政府發言人: bare 政府, no span; 區議會: in general

# ---- line 17: footer  責任編輯:鄭嬋娟 + the title again
p.ent("PERSON", "鄭嬋娟", line=17)
p.ent("ORG", "港府", line=17)
p.ent("PERSON", "李家超", line=17)
p.ent("PERSON", "鄭雁雄", line=17)

# ---- lines 21-33: site furniture
p.ent("ORG", "香港商報", line=21)                   # 香港商報PDF (the e-paper link)
p.ent("ORG", "香港商報有限公司", line=26, nth=1)
p.ent("ORG", "香港商報有限公司", line=26)            # second free occurrence
p.ent("ADMIN", "香港", line=29)                     # (香港) phone area
p.ent("ADMIN", "深圳", line=31)
p.ent("ADMIN", "香港", line=33)                     # 地址:香港九龍…: 九龍 is no district (HK's units are its 18 districts)
p.ent("ORG", "香港商報", line=33)                   # 香港商報大廈: the paper named by the page's rights lines

# ---- blocks
p.block(1, 2, "PAGE")            # masthead, weather widget
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "HEADLINE", article=1)   # a web page's title printed twice: HEADLINE both times
p.block(7, 7, "BYLINE", article=1)     # meta line with 來源: credit (decision 12)
p.block(9, 15, "BODY", article=1)
p.block(17, 33, "PAGE")          # editor footer, 熱門排行, links, rights, contact lines

p.save()
