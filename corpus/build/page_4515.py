"""page-4515: 台灣報導 (taiwanreports.com, 桃園新聞 desk), one article: 桃園市議會開議 議期70天
(桃園市議會 第二屆第八次定期大會, opened 2022-08-01; the page prints no date).
Text as returned by the `pages` store, from its title; complete (its last paragraph ends the article)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4515", "corpus/raw/pages/4515_taoyuan_council_kaihui.txt",
         publisher="台灣報導", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "桃園市議會", line=1)

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "【記者鍾陽正桃園報導】")
p.ent("PERSON", "鍾陽正", line=3)
p.ent("ADMIN", "桃園", line=3)                      # desk place inside the byline (decision 12)
p.ent("ORG", "桃園市議會", line=3)
#   第二屆第八次定期大會: the session (event), no span
p.ent("PERSON", "邱奕勝", line=3)                   # 議長 邱奕勝: title outside
p.ent("PERSON", "李曉鐘", line=3)                   # 副議長 李曉鐘
p.ent("PERSON", "鄭文燦", line=3)                   # 市長 鄭文燦
p.ent("ORG", "市府", line=3)                        # 市府一級主管: 市府 is ORG (Taiwan decision)
p.ent("ORG", "市府", line=3, after="市長施政報告")   # 市府各局處: parent organ before a generic word
#   各區公所: generic, no span; 市政總質詢: an agenda item

# ---- line 4
p.ent("PERSON", "邱奕勝", line=4)
#   鄭市長 (surname + title): no PERSON, twice
p.ent("ORG", "市府", line=4)                        # 鄭市長及市府團隊
p.ent("ADMIN", "桃園", line=4)                      # 桃園市民: the city's name + 市民 (citizens)
p.ent("ORG", "市府", line=4, after="桃園市民")       # 鄭市長及市府團隊 (second)

# ---- line 6: caption with photo credit
p.ent("ORG", "桃園市議會", line=6)                  # 桃園市議會定期會: the organ inside the meeting's name
p.ent("PERSON", "鄭文燦", line=6)
p.ent("ORG", "市府", line=6)
p.byline("PHOTO", "(記者鍾陽正攝)")
p.ent("PERSON", "鍾陽正", line=6)

# ---- line 8
p.ent("PERSON", "邱奕勝", line=8)
p.ent("ADMIN", "桃園", line=8)                      # 桃園自升格以來
#   鄭市長: no PERSON
p.ent("ORG", "桃園市議會", line=8)
p.ent("ADMIN", "桃園", line=8, after="交通軌道建設")  # 桃園航空城計畫: unit inside a programme name (decision 2)
#   亞洲˙矽谷計劃: 亞洲 is a continent, no ADMIN; 全台: one-character short form, no span

# ---- line 9
p.ent("PERSON", "邱奕勝", line=9)
p.ent("ADMIN", "桃園", line=9)                      # 讓桃園有了長足進步
#   府會 (市府 and 議會 fused, one character each): no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 4, "BODY", article=1)        # opens with the byline 【記者鍾陽正桃園報導】
p.block(6, 6, "CAPTION", article=1)     # photo caption with its credit (記者鍾陽正攝)
p.block(8, 9, "BODY", article=1)

p.save()
