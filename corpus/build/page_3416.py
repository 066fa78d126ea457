"""page-3416: Now新聞台 (news.now.com, PCCW's Hong Kong news channel; the source tag 【Now新聞台】 names it),
one report on 夏寶龍's third day in Macao. Text as returned by the `pages` store: it opens with the site's
browser notices (kept, PAGE) and has no title line; its last paragraph (夏寶龍會在澳門逗留至…) was cut
off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3416", "corpus/raw/pages/3416_now_xiabaolong_macau.txt",
         publisher="Now新聞台", date=None, script="traditional", origin="pages")

# ---- lines 1-6: browser notices, e-mail line, 廣告: no spans (an e-mail address names no body)

# ---- line 8: source tag + lead
p.byline("BYLINE", "【Now新聞台】", line=8)
p.ent("ORG", "Now新聞台", line=8)
p.ent("ORG", "港澳辦", line=8)                    # 港澳辦主任 -> ORG + title
p.ent("PERSON", "夏寶龍", line=8)
p.ent("ADMIN", "澳門", line=8)                    # 澳門考察調研行程
#   黑沙環長者公寓, 媽閣廟, 海事博物館, 大熊貓館: places/venues, no span

# ---- line 9
p.ent("PERSON", "夏寶龍", line=9)
p.ent("ADMIN", "澳門", line=9)                    # 澳門行政長官 -> ADMIN + title
p.ent("PERSON", "岑浩輝", line=9)
#   路環石排灣郊野公園: an island's name and a park, no unit (Macao's parishes are not named here)

# ---- line 10: pandas' names are no persons

# ---- line 11: speaker tag
p.ent("ORG", "澳門市政管理委員會", line=11)       # the committee chaired by 周偉迎
p.ent("PERSON", "周偉迎", line=11)
#   夏主任 (x4): surname + title, no PERSON

# ---- line 12
p.ent("PERSON", "夏寶龍", line=12, every=True)    # two mentions
#   東北大馬路長者公寓: a road and a building

# ---- line 13: speaker tag + quote
p.ent("ORG", "澳門中華總商會", line=13)
p.ent("PERSON", "廖澤雲", line=13)
p.ent("PERSON", "夏寶龍", line=13)
p.ent("ORG", "特區政府", line=13)                 # the SAR government acting (開局好)
p.ent("ADMIN", "澳門", line=13, every=True)       # 澳門居民, 澳門博彩業

# ---- line 14
p.ent("PERSON", "夏寶龍", line=14)
p.ent("ADMIN", "澳門", line=14)                   # 澳門房屋政策

# ---- line 15
p.ent("PERSON", "夏寶龍", line=15)
p.ent("ORG", "海關", line=15)                     # 海關消防救援船: the customs service's vessel
p.ent("ADMIN", "澳門", line=15)                   # 澳門海域
#   國際綜合旅遊文化區, 生態島: planning areas, no unit

# ---- line 16: speaker tag + quote
p.ent("ORG", "澳門保安司", line=16)               # Macao's secretariat by name (decision 28NN), 司長 = title
p.ent("PERSON", "黃少澤", line=16)
p.ent("ADMIN", "澳門", line=16)                   # 按澳門發展需求
p.ent("ORG", "中央", line=16)                     # 中央會全力支持: the central authorities acting

# ---- blocks
p.block(1, 6, "PAGE")                             # browser notices and 廣告 (site furniture)
p.block(8, 16, "BODY", article=1)

p.save()
