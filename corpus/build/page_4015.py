"""page-4015: tahcnews.com (Taiwan local news site, 政治新聞 section; site name not printed on
the stored page), 2023-10-10, one article: 新竹縣雙十升旗典禮登場 國慶日旗海飄揚.
Text as returned by the `pages` store, from its title; the last paragraph, cut off mid-sentence
(楊文科在典禮上頒發感謝獎牌給…新竹縣), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4015", "corpus/raw/pages/4015_tahc_hsinchu_shuangshi.txt",
         publisher="tahcnews.com", date="2023-10-10", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "新竹縣", line=1)                     # 新竹縣雙十升旗典禮: unit inside an event (decision 2)
#   雙十 (the national day) is a holiday, no formula

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "【本報記者陳建佳新竹報導】")
p.ent("PERSON", "陳建佳", line=3)
p.ent("ADMIN", "新竹", line=3, after="陳建佳")        # desk place inside the tag (decision 12)
p.ent("ADMIN", "新竹縣", line=3, after="「")          # 「新竹縣各界慶祝…升旗典禮」: event name
p.ent("ORG", "新竹縣政府", line=3)                   # 新竹縣政府府前廣場: the government's plaza
p.ent("ADMIN", "新竹縣", line=3, after="舉辦")        # 新竹縣長 -> ADMIN + title (decision 15)
p.ent("PERSON", "楊文科", line=3)
p.ent("ORG", "縣議會", line=3)                       # 縣議會議長: level word + organ
p.ent("PERSON", "張鎮榮", line=3)
#   議會黨團 (the council's party caucuses): bare 議會, no span; 13鄉鎮市首長: no unit named
p.ent("PERSON", "邱舒", line=3)
p.ent("ADMIN", "新竹縣", line=3, after="2023")       # award name 「2023新竹縣客語民謠歌詞獎」
p.ent("ADMIN", "新竹縣", line=3, after="展現")

# ---- line 5
p.ent("PERSON", "楊文科", line=5)
p.ent("ADMIN", "新竹縣", line=5)                     # 在新竹縣各個主要交通要道
p.ent("ADMIN", "中華民國", line=5)                   # state name (helper brief: like 中国)
p.ent("ADMIN", "台灣", line=5)                       # 台灣這塊土地: Taiwan as a place
#   議會, 鄉鎮市長: no span
p.ent("ADMIN", "新竹縣", line=5, after="協助")        # 新竹縣連續五年獲得…
p.ent("ORG", "財政部", line=5)

# ---- line 7
p.ent("ORG", "新竹攻城獅", line=7)                   # the professional basketball club whose cheerleaders perform
p.ent("PERSON", "邱舒", line=7)
p.ent("ADMIN", "新竹縣", line=7)                     # 「2023新竹縣客語民謠歌詞獎」
p.ent("ADMIN", "台灣", line=7)                       # 台灣歌謠之父: Taiwan as a place inside an epithet
p.ent("PERSON", "鄧雨賢", line=7)
p.ent("ORG", "新竹縣竹北市東海國民小學客家金獅隊", line=7)   # a school's lion-dance team: one ORG with its school
p.ent("ORG", "新竹縣海軍陸戰隊退伍軍人協會", line=7)        # an association (§2 social organisation)
p.ent("ORG", "泰雅之聲", line=7)                     # a named choir, whose members lead the anthem

# ---- line 9
p.ent("PERSON", "楊文科", line=9, nth=1)
p.ent("ORG", "縣府", line=9, nth=1)                  # 縣府 = 縣政府 (Taiwan: 市府 is ORG)
p.ent("ORG", "交通部", line=9)
p.ent("ORG", "內政部", line=9)                       # 交通部、內政部生活圈道路計畫: organs inside a programme name
p.ent("PERSON", "楊文科", line=9)
p.ent("ORG", "縣府", line=9)                         # 縣府團隊
#   議會: no span
p.ent("ADMIN", "中華民國", line=9)                   # 中華民國國慶

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")            # date-only line
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)

p.save()
