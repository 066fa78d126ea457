"""page-3415: 漾新聞 (nchn.news, a Kaohsiung local news site; the source tag 【漾新聞記者陳雯萍/高雄報導】
names it), one article: 高雄市議會第3次定期大會閉幕. Text as returned by the `pages` store; the stored
page has no title line and starts with the byline."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3415", "corpus/raw/pages/3415_kaohsiung_council_closing.txt",
         publisher="漾新聞", date=None, script="traditional", origin="pages")

# ---- line 1: source tag + lead
p.byline("BYLINE", "【漾新聞記者陳雯萍/高雄報導】", line=1)
p.ent("ORG", "漾新聞", line=1)                    # the medium in its own source tag
p.ent("PERSON", "陳雯萍", line=1)
p.ent("ADMIN", "高雄", line=1, before="報導")     # desk's place in the dateline (decision 12)
p.ent("ORG", "高雄市議會", line=1)                # organ inside the session's name -> ORG
p.ent("PERSON", "康裕成", line=1)

# ---- line 2
#   康議長: surname + title, no PERSON
p.ent("ORG", "市府", line=2)                      # 市府團隊: 市府 = 市政府 (Taiwan decision)

# ---- line 3
p.ent("PERSON", "康裕成", line=3)
p.ent("ORG", "高雄市議會", line=3)

# ---- line 4
p.ent("PERSON", "康裕成", line=4)

# ---- line 5
p.ent("ORG", "天下雜誌", line=5)                  # a magazine (media are ORG)
p.ent("ADMIN", "高雄", line=5, nth=1)             # 「高雄魅力經濟學」: unit inside a report's title
p.ent("ADMIN", "高雄", line=5, nth=1)             # 高雄鐵鏽城市 (second free hit now first)
#   康議長: no PERSON

# ---- line 6
p.ent("PERSON", "康裕成", line=6)
p.ent("ADMIN", "高雄", line=6, every=True)        # 高雄這20年, 為高雄創造
#   議會 (bare institution type): no span; 市府 below
p.ent("ORG", "市府", line=6)
#   陳市長: surname + title, no PERSON

# ---- line 7
#   愛河: a river; 議會: bare; 康議長: no PERSON
p.ent("ORG", "市府", line=7)

# ---- line 8
p.ent("ORG", "市府", line=8, every=True)          # 市府卻有幾萬人, 市府再找槍手
#   議事廳: a hall, no span

# ---- line 9: two ordinances
p.ent("ORG", "高雄市住宅及都市更新中心", line=9)  # a named body inside the ordinance's title
p.ent("ADMIN", "高雄市", line=9, after="住宅")    # 高雄市寵物生命紀念自治條例
p.ent("ORG", "市府", line=9)                      # 市府法規提案

# ---- blocks
p.block(1, 9, "BODY", article=1)

p.save()
