"""page-5116: 經濟通 (ETNet, etnet.com.hk; inferred from the page address's path
/www/tc/news/topic_news_detail.php?category=politicalnews and the site furniture 緊貼市況 /
【你點睇?】 poll; the stored copy is served from the bare IP 202.62.215.10 and prints no site
name), 2023-03-31, one article on the Hong Kong 關愛隊 (care teams) of 荃灣 and 南區.
Text as returned by the `pages` store, from its title; the stored opening ends inside the
market-ticker box (kept up to its last full line, 0.139, as PAGE)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5116", "corpus/raw/pages/5116_etnet_hk_guanaidui_nanqu.txt",
         publisher="經濟通", date="2023-03-31", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ---- line 1: headline
p.ent("ADMIN", "南區", line=1)                         # Hong Kong district (decision 15)
#   區議會 (the District Councils as an institution / their election): generic, no span

# ---- line 5
p.ent("ADMIN", "荃灣", line=5)
p.ent("ADMIN", "南區", line=5)                         # 荃灣和南區關愛隊: the scheme in two districts, no ORG
p.ent("ADMIN", "南區", line=5, after="其中")            # 其中南區17隊關愛隊 (a count of teams)
p.ent("ADMIN", "港區", line=5)                         # 《港區國安法》: the region inside a law's title (decision 2)
p.ent("ORG", "香港島各界聯合會", line=5)
#   聯合會副理事長: the bare type word for the same federation, no span (decision 13)
p.ent("PERSON", "朱立威", line=5)
#   政府 (the SAR government, bare), 建制派, 泛民(主派): no span

# ---- line 11
p.ent("PERSON", "朱立威", line=11)

# ---- line 13: crosshead
p.ent("ADMIN", "荃灣", line=13)                        # 荃灣關愛隊: the district's teams, no ORG

# ---- line 15
p.ent("ORG", "荃灣石圍角關愛隊", line=15)               # one named team, with its district prefix
p.ent("ORG", "荃灣東居民聯會", line=15)                 # quotes around the whole name stay outside
p.ent("PERSON", "文裕明", line=15)
p.ent("ADMIN", "港區", line=15)                        # 《港區國安法》 again
#   《基本法》: no unit named

# ---- line 17: poll banner (page furniture)
p.ent("ORG", "美軍", line=17)                          # the US armed forces acting (出兵)
#   台海, 中美: no units (a strait; one-character short forms)

# ---- lines 22, 24: market tickers (furniture; companies keep their spans)
p.ent("ORG", "洛陽鉬業", line=22)
p.ent("ORG", "飛尚無煙煤", line=24)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                 # date-only line 31/03/2023
p.block(5, 5, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "PAGE")               # 【你點睇?】 poll banner
p.block(19, 19, "PAGE")               # 延伸閱讀
p.block(21, 25, "PAGE")               # 緊貼市況 ticker box

p.save()
