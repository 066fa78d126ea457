"""page-3016: 點新聞 (dotdotnews.com, Hong Kong), 2023-12-16, one article:
廉署明年成立50周年 今舉行「反貪·不停步」起動跑.
Text as returned by the `pages` store, from its title; its last paragraph
(為紀念成立50周年,…) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3016", "corpus/raw/pages/3016_dotdotnews_icac_50th_run.txt",
         publisher="點新聞", date="2023-12-16", script="traditional", origin="pages")

# ---- line 1: headline (「反貪·不停步」 is an event name; 50周年 is no formula)
p.ent("ORG", "廉署", line=1)

# ---- line 3: photo caption with its credit
p.ent("ORG", "廉署", line=3)
p.byline("PHOTO", "(廉政公署圖片)")
p.ent("ORG", "廉政公署", line=3)

# ---- line 5: source tag + first paragraph
p.byline("BYLINE", "【點新聞報道】")
p.ent("ORG", "點新聞", line=5)
p.ent("ORG", "廉政公署", line=5)
p.ent("ORG", "廉署", line=5)                        # 舉行廉署「反貪不停步」起動跑
p.ent("ORG", "廉署", line=5, nth=1)                 # 廉署人員
#   太平山頂: a place, no span
p.ent("PERSON", "胡英明", line=5)                   # 廉政專員 = title
p.ent("ORG", "執行處", line=5)                      # 執行處首長: the organ kept (decision 15)
p.ent("PERSON", "丘樹春", line=5)
p.ent("ORG", "廉署", line=5, nth=1)                 # 廉署諮詢委員會委員: a class of committees,
                                                    # only the parent 廉署 is one body
p.ent("ORG", "廉署", line=5, nth=1)                 # 廉署50周年活動

# ---- line 7 (政府 in 在政府、全港市民、以及廉署: bare, no span; 各地反貪機構: generic)
p.ent("PERSON", "胡英明", line=7)
p.ent("ORG", "廉署", line=7, every=True)            # 秉承廉署 / 以及廉署 / 廉署同事 / 將廉署

# ---- line 9: the guests (titles outside, 資深大律師/女士/博士 outside)
p.ent("ORG", "律政司", line=9)                      # 律政司司長 -> ORG + title
p.ent("PERSON", "林定國", line=9)
p.ent("ORG", "警務處", line=9)                      # 警務處處長
p.ent("PERSON", "蕭澤頤", line=9)
p.ent("ORG", "行政署", line=9)                      # 行政署長 -> contracted title keeps the organ
p.ent("PERSON", "伍江美妮", line=9)
p.ent("ORG", "廉署貪污問題諮詢委員會", line=9)
p.ent("PERSON", "廖長江", line=9)
p.ent("ORG", "審查貪污舉報諮詢委員會", line=9)
p.ent("PERSON", "夏雅朗", line=9)
p.ent("ORG", "防止貪污諮詢委員會", line=9)
p.ent("PERSON", "江玉歡", line=9)
p.ent("ORG", "社區關係市民諮詢委員會", line=9)
p.ent("PERSON", "董一岳", line=9)

# ---- line 11 (太平山頂, 山頂道花園, 夏力道, 盧吉道: places, no span)
p.ent("ADMIN", "香港", line=11)                     # 於香港太平山頂舉行
p.ent("ORG", "廉署", line=11)                       # 廉署人員
p.ent("ORG", "廉署", line=11, nth=1)                # 廉署青年及義工組織: a class, parent only
p.ent("ORG", "懲教署", line=11)
p.ent("ORG", "香港海關", line=11)
p.ent("ORG", "消防處", line=11)
p.ent("ORG", "香港警務處", line=11)
p.ent("ORG", "入境事務處", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
