"""page-2215: 噶瑪蘭新聞網 (kamalan-news.com, 宜蘭縣), report of 宜蘭縣長 林姿妙's 施政總報告
to 宜蘭縣議會 (the county government's own report text, reprinted after the reporters' lead).
Text as returned by the `pages` store, from its title; the page-loader line before the title
and the last paragraph (cut off mid-sentence: 「…我們並增」) are dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2215", "corpus/raw/pages/2215_yilan_linzimiao_shizheng_baogao.txt",
         publisher="噶瑪蘭新聞網", date=None, script="traditional", origin="pages")

# ---- lines 1 and 3: the web page's title, printed twice (both HEADLINE)
for ln in (1, 3):
    p.ent("ADMIN", "宜蘭縣", line=ln)        # 宜蘭縣長: contracted title keeps the unit (decision 15)
    p.ent("PERSON", "林姿妙", line=ln)
    #   議會: bare institution type, no span (decision 13)

# ---- line 5: byline
p.byline("BYLINE", "【記者譚杰、趙奇濤/宜蘭報導】")
p.ent("PERSON", "譚杰", line=5)
p.ent("PERSON", "趙奇濤", line=5)
p.ent("ADMIN", "宜蘭", line=5)                # 宜蘭報導: place in the dateline (decision 12)

# ---- line 7: reporters' lead
p.ent("ADMIN", "宜蘭縣", line=7, nth=1)       # 宜蘭縣長
p.ent("PERSON", "林姿妙", line=7)
p.ent("ORG", "宜蘭縣議會", line=7)
p.ent("ADMIN", "宜蘭", line=7, after="建構")  # 建構宜蘭好生活: unit inside a slogan-like aim (decision 2)

# ---- line 15
p.ent("PERSON", "姿妙", line=15)              # the magistrate's given name as self-reference
p.ent("ADMIN", "宜蘭", line=15, nth=1)        # 宜蘭有12個鄉(鎮、市)
p.slogan("PER_UNIT", "一地方一特色", line=15)
p.ent("ADMIN", "宜蘭", line=15, nth=1)        # 衝擊的宜蘭 (first free one now)
p.ent("ORG", "縣府", line=15)                 # 縣府的財政負擔: the county government

# ---- line 19
p.ent("PERSON", "姿妙", line=19)
p.ent("ORG", "縣府", line=19)                 # 縣府團隊
p.ent("ADMIN", "宜蘭", line=19, every=True)   # 宜蘭發展, 宜蘭的財政, 宜蘭的長、短債
#   本縣: deictic, no span

# ---- line 21
p.ent("PERSON", "姿妙", line=21)
p.ent("ORG", "縣府", line=21)
#   七大產業: a count of industries (like 五大主导产业, decision 10), no formula
p.ent("ADMIN", "宜蘭", line=21, nth=1)        # 宜蘭科學園區: a science park is a place, unit inside
#   龍德兼利澤工業區: industrial estates are places (decision 3); 龍德, 利澤 are no units
p.ent("ADMIN", "蘇澳港自由貿易港區", line=21)  # a named free-trade zone (decision 3: 自贸区, 综合保税区)
p.ent("ADMIN", "宜蘭", line=21, after="創造")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "HEADLINE", article=1)          # title printed twice: HEADLINE both times
p.block(5, 5, "BYLINE", article=1)
p.block(7, 7, "BODY", article=1)
p.block(11, 11, "CROSSHEAD", article=1)       # the report's section heading, two lines
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "CROSSHEAD", article=1)
p.block(19, 21, "BODY", article=1)

p.save()
