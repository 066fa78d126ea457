"""page-3715: 墨新聞 (mknews.com.tw), 2025-12-11, one article: 雲林縣114年度資深績優村(里)長…表揚.
Text as returned by the `pages` store, from its title; its last paragraph (張麗善縣長表示,…積極投入人力)
is cut off mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3715", "corpus/raw/pages/3715_yunlin_jiyou_cunlizhang_zongjiao.txt",
         publisher="墨新聞", date="2025-12-11", script="traditional", origin="pages")

# ---- line 1: headline (雲林縣 inside the event's name: ADMIN, decision 2)
p.ent("ADMIN", "雲林縣", line=1)
p.ent("PERSON", "張麗善", line=1)                 # 張麗善縣長: name + title
p.ent("ADMIN", "雲林", line=1, after="服務")

# ---- line 3: byline (medium | reporter / desk place)
p.byline("BYLINE", "墨新聞|記者張游舜/台北報導")
p.ent("ORG", "墨新聞", line=3)
p.ent("PERSON", "張游舜", line=3)
p.ent("ADMIN", "台北", line=3)                    # dateline place inside the tag: ADMIN (decision 12)

# ---- line 5: body
p.ent("ADMIN", "雲林縣", line=5)                  # inside the event's name
p.ent("ADMIN", "虎尾", line=5)                    # 虎尾天成宴會館: a venue, the unit inside it (decision 2/14)
p.ent("PERSON", "張麗善", line=5)
p.ent("ORG", "縣府民政處", line=5)                # 縣府民政處長: contracted title keeps the organ (decision 15)
p.ent("PERSON", "蕭德恕", line=5)
p.ent("ADMIN", "斗六市", line=5)                  # 斗六市長 -> ADMIN 斗六市 (decision 15)
p.ent("PERSON", "林聖爵", line=5)
p.ent("ADMIN", "虎尾鎮", line=5)
p.ent("PERSON", "林嘉弘", line=5)
p.ent("ADMIN", "莿桐鄉", line=5)
p.ent("PERSON", "廖秋蓉", line=5)
#   張縣長: surname + title, no PERSON

# ---- lines 7-8, 12-13: photo captions (each printed twice)
for ln in (7, 8, 12, 13):
    p.ent("PERSON", "張麗善", line=ln)
    p.ent("ORG", "縣府民政處", line=ln)
    p.ent("PERSON", "蕭德恕", line=ln)

# ---- line 10: the award lists
p.ent("ORG", "中央", line=10)                     # 榮獲中央表揚: the central authorities act
p.ent("ORG", "內政部", line=10)                   # organ inside the award's name (decision 2)
for org in ["財團法人北港朝天宮", "土庫順安宮", "古坑鄉慈光寺", "財團法人台灣省雲林縣西螺福興宮"]:
    p.ent("ORG", org, line=10)                    # religious bodies (宗教團體) honoured: ORG with prefix
p.ent("ADMIN", "雲林縣", line=10)                 # 「雲林縣績優公益宗教團體」: unit inside the award's name
for org in ["褒忠鄉馬鳴山鎮安宮", "臺西鄉五條港安西府", "四湖鄉海清宮", "斗六市南聖宮", "斗六市受天宮",
            "虎尾鎮三聖公廟", "虎尾鎮虎尾福安宮", "土庫鎮雙人厝鎮后宮", "西螺鎮福天宮", "西螺鎮朝興宮"]:
    p.ent("ORG", org, line=10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 8, "CAPTION", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 13, "CAPTION", article=1)

p.save()
