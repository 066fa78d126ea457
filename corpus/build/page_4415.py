"""page-4415: 桃園電子報 (Taoyuan local news site, tyenews.com), 2022-07-21, one article:
站在第一線關心市民 桃園50特優里長獲鄭文燦表揚肯定. Text as stored in the `pages` store for its copy on
蕃薯藤 yam 新聞 (n.yam.com/Article/20220721432933), from its title; the last paragraph (cut off
mid-name: …龜山區大湖里長蔡招) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4415", "corpus/raw/pages/4415_taoyuan_teyou_lizhang.txt",
         publisher="桃園電子報", date="2022-07-21", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "桃園", line=1)                      # 桃園50特優里長: the city by its short name
p.ent("PERSON", "鄭文燦", line=1)

# ---- line 3: byline (timestamp outside)
p.byline("BYLINE", "桃園電子報/記者劉筱寧", line=3)
p.ent("ORG", "桃園電子報", line=3)
p.ent("PERSON", "劉筱寧", line=3)

# ---- line 5: lead picture's caption (the title again) with its credit
p.ent("ADMIN", "桃園", line=5)
p.ent("PERSON", "鄭文燦", line=5)
p.byline("PHOTO", "記者劉筱寧", line=5)
p.ent("PERSON", "劉筱寧", line=5)

# ---- line 7
p.ent("ADMIN", "桃園市", line=7)                    # 桃園市長 -> ADMIN + title (decision 15)
p.ent("PERSON", "鄭文燦", line=7)
p.ent("ADMIN", "中壢區", line=7)
p.ent("ADMIN", "桃園市", line=7, after="出席")      # unit inside the event's name (decision 2)
#   區公所 (廣受里民及區公所的信任): a bare institution type in general, no span
p.ent("ORG", "市府", line=7)

# ---- line 11: caption
p.ent("ORG", "市府", line=11)
p.byline("PHOTO", "圖:市府提供", line=11)
p.ent("ORG", "市府", line=11, after="圖:")

# ---- line 13
p.ent("PERSON", "鄭文燦", line=13)
#   民政系統: a kind of service, no span

# ---- line 17: caption
p.ent("PERSON", "黃寬量", line=17)
p.ent("ORG", "內政部", line=17)
p.byline("PHOTO", "圖:市府提供", line=17)
p.ent("ORG", "市府", line=17)

# ---- line 19
p.ent("PERSON", "鄭文燦", line=19)
p.ent("ADMIN", "龍潭區", line=19)
p.ent("ADMIN", "高原里", line=19)                   # 高原里長 -> ADMIN 高原里 + title
p.ent("PERSON", "黃玉琴", line=19)
p.ent("ADMIN", "大園區", line=19)
p.ent("ADMIN", "大海里", line=19)                   # 大海里長 -> ADMIN 大海里 + title
p.ent("PERSON", "郭正明", line=19)
p.ent("PERSON", "黃玉琴", line=19, after="感謝")
p.ent("PERSON", "郭正明", line=19, after="茶鄉文化")
p.ent("ADMIN", "桃園", line=19, after="郭正明協助")  # 桃園航空城計畫: unit inside a programme's name

# ---- line 23: caption
p.ent("ADMIN", "桃園市", line=23)                   # unit inside the event's name
p.byline("PHOTO", "圖:市府提供", line=23)
p.ent("ORG", "市府", line=23)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "CAPTION", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "PAGE")           # picture file name
p.block(11, 11, "CAPTION", article=1)
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "PAGE")         # picture file name
p.block(17, 17, "CAPTION", article=1)
p.block(19, 19, "BODY", article=1)
p.block(21, 21, "PAGE")         # picture file name
p.block(23, 23, "CAPTION", article=1)

p.save()
