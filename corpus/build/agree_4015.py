"""agree-page-4015: tahcnews.com (Taiwan local news site), dated 2023/10/10:
新竹縣雙十升旗典禮登場 國慶日旗海飄揚 (one article). Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4015", "corpus/raw/pages/4015_tahc_hsinchu_shuangshi.txt",
         publisher="tahcnews.com", date="2023-10-10", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline (雙十 / 國慶日: a holiday, no formula)
p.ent("ADMIN", "新竹縣", line=1)

# ---- line 3: byline run into the first paragraph
p.byline("BYLINE", "【本報記者陳建佳新竹報導】", line=3)
p.ent("PERSON", "陳建佳", line=3)
p.ent("ADMIN", "新竹", line=3, after="陳建佳")        # desk place inside the tag (decision 12)
p.ent("ADMIN", "新竹縣", line=3, after="報導】")      # 「新竹縣各界慶祝112年雙十國慶暨升旗典禮」: event name
p.ent("ORG", "新竹縣政府", line=3)                    # 新竹縣政府府前廣場: the venue's owner organ
p.ent("ADMIN", "新竹縣", line=3, after="舉辦")        # 新竹縣長 -> ADMIN (decision 15)
p.ent("PERSON", "楊文科", line=3)
p.ent("ORG", "縣議會", line=3)                        # 縣議會議長
p.ent("PERSON", "張鎮榮", line=3)
#   議會黨團 (the council's caucuses), 13鄉鎮市首長, 金曲獎: no span
p.ent("PERSON", "邱舒", line=3)
p.ent("ADMIN", "新竹縣", line=3, after="2023")        # 「2023新竹縣客語民謠歌詞獎」
p.ent("ADMIN", "新竹縣", line=3, after="展現")

# ---- line 5
p.ent("PERSON", "楊文科", line=5)
p.ent("ADMIN", "新竹縣", line=5, nth=1)              # 新竹縣各個主要交通要道
p.ent("ADMIN", "中華民國", line=5)                    # 我們的國家中華民國
p.ent("ADMIN", "台灣", line=5)                        # 愛台灣這塊土地
#   議會及鄉鎮市長: bare 議會, institution type (decision 13), no span
p.ent("ADMIN", "新竹縣", line=5, after="鄉鎮市長")    # 新竹縣連續五年
p.ent("ORG", "財政部", line=5)

# ---- line 7
p.ent("ORG", "新竹攻城獅", line=7)                    # professional basketball club
p.ent("PERSON", "邱舒", line=7)
p.ent("ADMIN", "新竹縣", line=7, nth=1)              # 「2023新竹縣客語民謠歌詞獎」
p.ent("ADMIN", "台灣", line=7)                        # 台灣歌謠之父
p.ent("PERSON", "鄧雨賢", line=7)
p.ent("ORG", "新竹縣竹北市東海國民小學客家金獅隊", line=7)   # a school's team, one ORG with its school
p.ent("ORG", "新竹縣海軍陸戰隊退伍軍人協會", line=7)
p.ent("ORG", "泰雅之聲", line=7)                      # 泰雅之聲成員領唱: a named performing group

# ---- line 9
p.ent("PERSON", "楊文科", line=9, nth=1)
p.ent("ORG", "縣府", line=9, nth=1)                   # 縣府也傾聽民意
p.ent("ORG", "交通部", line=9)
p.ent("ORG", "內政部", line=9)
p.ent("PERSON", "楊文科", line=9, after="施政")
p.ent("ORG", "縣府", line=9, after="楊文科也說")      # 縣府團隊
#   議會一起: bare 議會, no span; 鄉親: no span
p.ent("ADMIN", "中華民國", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                                 # date-only line
p.block(3, 9, "BODY", article=1)

p.save()
