"""page-4716: 橙新聞 (orangenews.hk, app article page, source tag 【橙訊】), one article on the
香港客屬總會 National Day reception (9月26日; the 75th anniversary gives 2024, no year printed).
Text as returned by the `pages` store, from its beginning (the stored page opens with the lead
picture's caption; no title is stored). The last stored paragraph (香港特區政府商務及經濟發展局局長、
…也為香港帶來了新的) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4716", "corpus/raw/pages/4716_orangenews_kejia_guoqing.txt",
         publisher="橙新聞", date=None, script="traditional", origin="pages")

# ---- longer names first
p.ent("ORG", "中央人民政府駐香港特別行政區聯絡辦公室", line=2)   # office stationed elsewhere: one ORG
p.ent("ORG", "駐港國安公署", line=2)
p.ent("ORG", "外交部駐港特派員公署", line=2)
p.ent("ORG", "香港特區政府商務及經濟事務局", line=2)           # bureau with its government (as printed)
p.ent("ORG", "香港特區政府民政及青年事務局", line=2)
p.ent("ORG", "香港特區政府商務及經濟發展局", line=3)           # line 3 prints the other name
#   香港特區政府署理政制及內地事務局局長: 署理 (acting) stands between, two ORG
p.ent("ORG", "香港特區政府", line=2, after="丘應樺")
p.ent("ORG", "政制及內地事務局", line=2)

# ---- the association, ten mentions
p.ent("ORG", "香港客屬總會", every=True)

# ---- line 1: caption (no other names)

# ---- line 2
p.byline("BYLINE", "【橙訊】", line=2)               # the site's source tag (橙 alone: no ORG)
p.ent("ADMIN", "中華人民共和國", line=2)            # inside the event's name (decision 2)
p.ent("ADMIN", "香港", line=2, after="9月26日在")    # 香港龍堡國際酒店: a hotel as venue, the unit inside
p.ent("PERSON", "何靖", line=2)
p.ent("PERSON", "刁威雄", line=2)                   # 先生 outside
p.ent("PERSON", "方建明", line=2)
p.ent("PERSON", "丘應樺", line=2)
p.ent("PERSON", "胡健民", line=2)
p.ent("PERSON", "梁宏正", line=2)
p.ent("ADMIN", "廣東", line=2)                      # 廣東家鄉各市的領導
p.ent("ORG", "立法會", line=2)                      # 立法會議員: the title keeps the organ
p.ent("ORG", "全國人大", line=2)                    # 全國人大代表
p.ent("ORG", "全國政協", line=2)                    # 全國政協委員

# ---- line 3
p.ent("PERSON", "曾智明", line=3)
p.ent("PERSON", "丘應樺", line=3)

# ---- line 4
p.ent("PERSON", "曾智明", line=4)
p.ent("ADMIN", "中華人民共和國", line=4)            # the state, used as a place/state name
#   黨和國家: 黨 alone (one character) no span; 中華民族 no span
p.ent("ADMIN", "中國", line=4)
#   巴黎: a foreign city, no ADMIN
p.ent("ORG", "國家隊", line=4)                      # the national team, acting (取得佳績)
p.ent("ORG", "香港隊", line=4)                      # the Hong Kong team
p.ent("ORG", "特區政府", line=4)                    # the HKSAR government

# ---- line 5: caption
p.ent("PERSON", "曾智明", line=5)

# ---- blocks
p.block(1, 1, "CAPTION", article=1)   # the lead picture's caption (the page's stored opening)
p.block(2, 4, "BODY", article=1)      # 【橙訊】 paragraph and two more (no blank lines between)
p.block(5, 5, "CAPTION", article=1)   # a picture inside the article

p.save()
