"""agree-page-4716 (second pass): 橙新聞 (Hong Kong, source tag 【橙訊】), traditional script, no printed
date (the event is 9月26日, the PRC's 75th anniversary, i.e. 2024: a year clue only, date left null).
One article: 香港客屬總會 國慶酒會; two photo captions, no headline on the page."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4716", "corpus/raw/pages/4716_orangenews_kejia_guoqing.txt",
         publisher="橙新聞", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: lead photo caption
p.ent("ORG", "香港客屬總會", line=1)

# ---- line 2
p.byline("BYLINE", "【橙訊】")                      # source tag; 橙 (one character) gets no ORG
p.ent("ORG", "香港客屬總會", line=2)
p.ent("ADMIN", "中華人民共和國", line=2)            # inside the event's name (decision 2)
p.ent("ADMIN", "香港", line=2, after="在")           # 香港龍堡國際酒店: a venue, unit inside
p.ent("ORG", "中央人民政府駐香港特別行政區聯絡辦公室", line=2)
p.ent("PERSON", "何靖", line=2)
p.ent("ORG", "駐港國安公署", line=2)
p.ent("PERSON", "刁威雄", line=2)                   # 先生 outside
p.ent("ORG", "外交部駐港特派員公署", line=2)
p.ent("PERSON", "方建明", line=2)
p.ent("ORG", "香港特區政府商務及經濟事務局", line=2)  # 局長 title (the bureau's name as printed)
p.ent("ORG", "香港客屬總會", line=2, after="局長、")
p.ent("PERSON", "丘應樺", line=2)
p.ent("ORG", "香港特區政府", line=2, after="丘應樺")   # 香港特區政府|署理|政制及內地事務局局長
p.ent("ORG", "政制及內地事務局", line=2)
p.ent("PERSON", "胡健民", line=2)
p.ent("ORG", "香港特區政府民政及青年事務局", line=2)
p.ent("PERSON", "梁宏正", line=2)
p.ent("ADMIN", "廣東", line=2)                      # 廣東家鄉各市
p.ent("ORG", "立法會", line=2)                      # 立法會議員: HK's LegCo, title 議員
p.ent("ORG", "全國人大", line=2)                    # 全國人大代表
p.ent("ORG", "全國政協", line=2)                    # 全國政協委員
#   各友好社團, 客家鄉親: generic

# ---- line 3
p.ent("ORG", "香港客屬總會", line=3)
p.ent("PERSON", "曾智明", line=3)
p.ent("ORG", "香港特區政府商務及經濟發展局", line=3)
p.ent("ORG", "香港客屬總會", line=3, after="局長、")
p.ent("PERSON", "丘應樺", line=3)

# ---- line 4
p.ent("ORG", "香港客屬總會", line=4)
p.ent("PERSON", "曾智明", line=4)
p.ent("ADMIN", "中華人民共和國", line=4)            # the state
#   在黨和國家領導下: generic; 中華民族: no unit
p.ent("ADMIN", "中國", line=4)                      # 中國從經濟強國…
#   巴黎奧運會: foreign city, no ADMIN; 國家隊: no name
p.ent("ORG", "香港隊", line=4)                      # a named team that acts (取得…佳績)
p.ent("ORG", "香港客屬總會", line=4, every=True)     # 創會以來,…; 以…的力量; 證明…及其他團體
#   「愛國愛港愛家鄉」: no numeral, 港 one character
p.ent("ORG", "特區政府", line=4)                    # the HKSAR government, acting (肯定)

# ---- line 5: photo caption
p.ent("ORG", "香港客屬總會", line=5)
p.ent("PERSON", "曾智明", line=5)

# ---- blocks
p.block(1, 1, "CAPTION", article=1)
p.block(2, 4, "BODY", article=1)
p.block(5, 5, "CAPTION", article=1)

p.save()
