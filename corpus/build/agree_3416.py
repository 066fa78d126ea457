"""agree-page-3416: Now新聞台 (Hong Kong TV news site), traditional script, one article:
夏寶龍's third day of inspection in Macau (no date printed on the page). Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3416", "corpus/raw/pages/3416_now_xiabaolong_macau.txt",
         publisher="Now新聞台", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- lines 1-6: browser warning, contact e-mail, 廣告: site furniture (PAGE), no spans

# ---- line 8: source tag + lead
p.byline("BYLINE", "【Now新聞台】", line=8)
p.ent("ORG", "Now新聞台", line=8)                 # the medium in its own source tag
p.ent("ORG", "港澳辦", line=8)                    # 港澳辦主任: contracted title keeps the organ
p.ent("PERSON", "夏寶龍", line=8)
p.ent("ADMIN", "澳門", line=8)
#   黑沙環長者公寓 (a neighbourhood + a facility), 茶樓, 媽閣廟 (visited: a site),
#   海事博物館, 大熊貓館: places, no span (decision 14 / 15)

# ---- line 9
p.ent("PERSON", "夏寶龍", line=9)
p.ent("ADMIN", "澳門", line=9)                    # 澳門行政長官: title of the SAR's head
p.ent("PERSON", "岑浩輝", line=9)
#   路環 (an island, no unit), 石排灣郊野公園, 大熊貓館: places

# ---- line 10: pandas 開開 心心 健健 康康: animals, no PERSON

# ---- line 11: speaker tag + quote
p.ent("ORG", "澳門市政管理委員會", line=11)        # whole name with its prefix
p.ent("PERSON", "周偉迎", line=11)
#   夏主任 (x2): surname + title, no PERSON

# ---- line 12
p.ent("PERSON", "夏寶龍", line=12, every=True)     # two mentions
#   東北大馬路長者公寓: road + facility, no span

# ---- line 13
p.ent("ORG", "澳門中華總商會", line=13)
p.ent("PERSON", "廖澤雲", line=13)
p.ent("PERSON", "夏寶龍", line=13)
p.ent("ORG", "特區政府", line=13)                 # the SAR government, one specific organ (like 鎮政府)
p.ent("ADMIN", "澳門", line=13, every=True)        # 澳門居民, 澳門博彩業

# ---- line 14
p.ent("PERSON", "夏寶龍", line=14)
p.ent("ADMIN", "澳門", line=14)

# ---- line 15
p.ent("PERSON", "夏寶龍", line=15)
p.ent("ORG", "海關", line=15)                     # 海關消防救援船: Macao Customs, the vessel's owner
p.ent("ADMIN", "澳門", line=15)                   # 澳門海域
#   國際綜合旅遊文化區, 生態島: planned areas / places, no span

# ---- line 16
p.ent("ORG", "澳門保安司", line=16)               # Macao's secretariat (保安司), prefix attached
p.ent("PERSON", "黃少澤", line=16)
p.ent("ADMIN", "澳門", line=16)                   # 澳門發展需求
p.ent("ORG", "中央", line=16)                     # 中央會全力支持: the central authorities acting

# ---- blocks
p.block(1, 6, "PAGE")                            # browser notice, e-mail line, 廣告
p.block(8, 16, "BODY", article=1)                # one web article, no headline on the page

p.save()
