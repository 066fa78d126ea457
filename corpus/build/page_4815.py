"""page-4815: 澎湖爆報 (phtime2021.blogspot.com, a Penghu local news blog), 2025-11-27, one article:
檢警調海巡聯手斷根 (a drug-smuggling indictment by the Penghu district prosecutors). Text as returned
by the `pages` store, from the post's title; the last paragraph (cut mid-sentence) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4815", "corpus/raw/pages/4815_penghu_baobao_drug_seizure.txt",
         publisher="澎湖爆報", date="2025-11-27", script="traditional", origin="pages")

# ---- line 1: title, opened by the site's own name (澎湖爆報/…)
p.ent("ORG", "澎湖爆報", line=1)
#   檢警調海巡: the kinds of agencies (檢察、警察、調查、海巡), no one body named -> no span; 本島: no name

# ---- line 3: source tag + first paragraph
p.byline("BYLINE", "【爆報】")
p.ent("ORG", "爆報", line=3)                        # the medium's own short name (not deictic like 本報)
p.ent("ORG", "法務部檢察署澎湖地方檢察署", line=3)   # one name as written (sub-unit after its organ)
#   該署: deictic, no span
p.ent("PERSON", "陳書郁", line=3)
p.ent("PERSON", "郭耿誠", line=3)
p.ent("PERSON", "高○○", line=3)                     # anonymised defendant (decision 6)

# ---- line 5
p.ent("ORG", "澎湖地檢署", line=5)
p.ent("PERSON", "周士榆", line=5)
#   「積極斷根、向上溯源」: a motto, no numeral; 專案小組: no name
p.ent("ORG", "海巡署偵防分署澎湖查緝隊", line=5)
p.ent("ORG", "艦隊分署第八海巡隊", line=5)
p.ent("ORG", "金馬澎分署第七岸巡隊", line=5)
p.ent("ORG", "法務部調查局中部地區機動工作站", line=5)
p.ent("ADMIN", "澎湖縣", line=5)
p.ent("ADMIN", "新北市", line=5)                    # 新北市警方: 警方 is no name

# ---- line 7
#   新臺幣: currency, one-character 臺 -> no span
p.ent("PERSON", "陳○○", line=7, nth=1)              # 船長陳○○
p.ent("ADMIN", "澎湖", line=7)
p.ent("ADMIN", "風櫃", line=7, nth=1)                # 自澎湖風櫃: 風櫃里 of 馬公市
p.ent("ADMIN", "七美", line=7)                       # 七美鄉
#   「裡正角」: a cape, a place -> no span
for nm in ["陳○○", "蔡○○", "呂○○", "李○○"]:         # 岸際接應人員陳○○、蔡○○、呂○○、李○○
    p.ent("PERSON", nm, line=7, after="岸際接應人員")
p.ent("PERSON", "陳○○", line=7, after="出動。船長")
#   list of coastal places: 裡正角 (cape, no span), then villages (村/里) -> ADMIN each
for nm in ["龍門", "烏崁", "鎖港", "山水", "時裡", "風櫃"]:
    p.ent("ADMIN", nm, line=7, after="行經裡正角")

# ---- line 9
p.ent("PERSON", "陳○○", line=9, nth=1)              # 船長陳○○
p.ent("PERSON", "陳○○", line=9, nth=1)              # 岸際接運人員陳○○ (next free one)
p.ent("PERSON", "蔡○○", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 9, "BODY", article=1)

p.save()
