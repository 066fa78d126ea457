"""agree-page-3715: 墨新聞 (Taiwan, traditional script), one article on 雲林縣's
114年度 awards to village chiefs, civil-affairs staff and religious groups.
Second, independent annotation pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3715", "corpus/raw/pages/3715_yunlin_jiyou_cunlizhang_zongjiao.txt",
         publisher="墨新聞", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "雲林縣", line=1)                   # unit inside the event's name (decision 2)
p.ent("PERSON", "張麗善", line=1)                  # 張麗善縣長
p.ent("ADMIN", "雲林", line=1)                     # 服務雲林每一位鄉親
#   村(里)長: the chiefs of 村 and 里, no unit named

# ---- line 3: byline (medium | reporter / desk place)
p.byline("BYLINE", "墨新聞|記者張游舜/台北報導", line=3)
p.ent("ORG", "墨新聞", line=3)
p.ent("PERSON", "張游舜", line=3)
p.ent("ADMIN", "台北", line=3)                     # dateline place inside the byline (decision 12)

# ---- line 5: lead paragraph
p.ent("ADMIN", "雲林縣", line=5)
p.ent("ADMIN", "虎尾", line=5)                     # 虎尾天成宴會館: venue, unit inside (decisions 2, 14)
p.ent("PERSON", "張麗善", line=5)                  # 縣長張麗善
p.ent("ORG", "縣府民政處", line=5)                 # 縣府民政處長 -> office kept whole (decision 15)
p.ent("PERSON", "蕭德恕", line=5)
p.ent("ADMIN", "斗六市", line=5)                   # 斗六市長 -> ADMIN (decision 15)
p.ent("PERSON", "林聖爵", line=5)
p.ent("ADMIN", "虎尾鎮", line=5)                   # 虎尾鎮長
p.ent("PERSON", "林嘉弘", line=5)
p.ent("ADMIN", "莿桐鄉", line=5)                   # 莿桐鄉長
p.ent("PERSON", "廖秋蓉", line=5)
#   張縣長: surname + title, no PERSON

# ---- lines 7-8, 12-13: photo captions (each printed twice)
for ln in (7, 8, 12, 13):
    p.ent("PERSON", "張麗善", line=ln)
    p.ent("ORG", "縣府民政處", line=ln)
    p.ent("PERSON", "蕭德恕", line=ln)

# ---- line 10: the awarded religious groups (organisations: 財團法人 foundations / 宗教團體)
p.ent("ORG", "中央", line=10)                      # 榮獲中央表揚: the central government commends
p.ent("ORG", "內政部", line=10)                    # 「內政部公益宗教團體」: organ inside an award's name
for name in ["財團法人北港朝天宮", "土庫順安宮", "古坑鄉慈光寺", "財團法人台灣省雲林縣西螺福興宮"]:
    p.ent("ORG", name, line=10)
p.ent("ADMIN", "雲林縣", line=10, after="「")        # 「雲林縣績優公益宗教團體」: award name
for name in ["褒忠鄉馬鳴山鎮安宮", "臺西鄉五條港安西府", "四湖鄉海清宮", "斗六市南聖宮",
             "斗六市受天宮", "虎尾鎮三聖公廟", "虎尾鎮虎尾福安宮", "土庫鎮雙人厝鎮后宮",
             "西螺鎮福天宮", "西螺鎮朝興宮"]:
    p.ent("ORG", name, line=10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 8, "CAPTION", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 13, "CAPTION", article=1)

p.save()
