"""agree-page-4415: 桃園電子報 (Taoyuan local news site), 2022-07-21: 桃園市長鄭文燦 honours
50 outstanding 里長 and 16 civil-affairs staff. One article with three photos, traditional script.
Second, independent annotation pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4415", "corpus/raw/pages/4415_taoyuan_teyou_lizhang.txt",
         publisher="桃園電子報", date="2022-07-21", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "桃園", line=1)            # 桃園50特優里長: the city by its bare name
p.ent("PERSON", "鄭文燦", line=1)

# ---- line 3: the page's source line (medium / reporter, timestamp outside)
p.byline("BYLINE", "桃園電子報/記者劉筱寧", line=3)
p.ent("ORG", "桃園電子報", line=3)
p.ent("PERSON", "劉筱寧", line=3)

# ---- line 5: the title printed again, with the reporter's credit after a slash
p.ent("ADMIN", "桃園", line=5)
p.ent("PERSON", "鄭文燦", line=5)
p.byline("BYLINE", "記者劉筱寧", line=5)
p.ent("PERSON", "劉筱寧", line=5)

# ---- line 7: lead paragraph
p.ent("ADMIN", "桃園市", line=7, nth=1)    # 桃園市長: contracted title keeps the unit (decision 15)
p.ent("PERSON", "鄭文燦", line=7)
p.ent("ADMIN", "中壢區", line=7)
p.ent("ADMIN", "桃園市", line=7)           # 「桃園市111年度…表揚活動」: unit inside an event name (decision 2)
# 區公所 (the district offices in general): bare institution type, no span
p.ent("ORG", "市府", line=7)               # Taiwan: 市府 = 市政府, ORG

# ---- line 9: picture file name -> PAGE
# ---- line 11: caption
p.ent("ORG", "市府", line=11, nth=1)       # 獲市府頒發
p.byline("PHOTO", "圖:市府提供", line=11)
p.ent("ORG", "市府", line=11, after="圖:")

# ---- line 13
p.ent("PERSON", "鄭文燦", line=13)
# 民政系統, 鄉親: generic; 2年多: a duration

# ---- line 15: file name; line 17: caption
p.ent("PERSON", "黃寬量", line=17)
p.ent("ORG", "內政部", line=17)
p.byline("PHOTO", "圖:市府提供", line=17)
p.ent("ORG", "市府", line=17)

# ---- line 19
p.ent("PERSON", "鄭文燦", line=19)
p.ent("ADMIN", "龍潭區", line=19)
p.ent("ADMIN", "高原里", line=19)          # 高原里長: contracted 里長 keeps the 里 (village level)
p.ent("PERSON", "黃玉琴", line=19, nth=1)
p.ent("ADMIN", "大園區", line=19)
p.ent("ADMIN", "大海里", line=19)          # 大海里長
p.ent("PERSON", "郭正明", line=19, nth=1)
p.ent("PERSON", "黃玉琴", line=19)         # 感謝黃玉琴
p.ent("PERSON", "郭正明", line=19)         # 郭正明協助
p.ent("ADMIN", "桃園", line=19)            # 桃園航空城計畫: unit inside a project's name (decision 2)
# 6屆24年: a term count; 村長/里長: titles

# ---- line 21: file name; line 23: caption (the event's name)
p.ent("ADMIN", "桃園市", line=23)
p.byline("PHOTO", "圖:市府提供", line=23)
p.ent("ORG", "市府", line=23)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "HEADLINE", article=1)       # web page's title printed twice: HEADLINE both times
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "PAGE")                      # 20220721161742752: picture file name
p.block(11, 11, "CAPTION", article=1)
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "PAGE")
p.block(17, 17, "CAPTION", article=1)
p.block(19, 19, "BODY", article=1)
p.block(21, 21, "PAGE")
p.block(23, 23, "CAPTION", article=1)

p.save()
