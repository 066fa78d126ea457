"""page-5615: jonglian.com.tw (Taiwan local news site; its name is not printed on the stored page),
one article: 周春米就職週年:全面啟動加快速度 屏東未來多向度發展 (記者 康建成, 屏東).
Text as returned by the `pages` store, from its title; the last paragraph (cut mid-sentence
at 「…已經啟動,」) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5615", "corpus/raw/pages/5615_jonglian_pingtung_zhouchunmi_zhounian.txt",
         publisher="jonglian.com.tw", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "周春米", line=1)
p.ent("ADMIN", "屏東", line=1)                       # 屏東未來多向度發展: the county

# ---- line 3: 1703510010236 (a picture's file name): PAGE, no span

# ---- line 5: byline 『記者:康建成 屏東報導』
p.byline("BYLINE", "『記者:康建成 屏東報導』")
p.ent("PERSON", "康建成", line=5)
p.ent("ADMIN", "屏東", line=5)                       # the desk's place in the dateline (decision 12)

# ---- line 7
p.ent("ADMIN", "屏東縣", line=7)                     # 屏東縣長 -> ADMIN 屏東縣 (decision 15)
p.ent("PERSON", "周春米", line=7)
p.ent("ORG", "縣府", line=7, nth=1)                  # 縣府團隊 (short for 縣政府)
p.slogan("COUNT", "三項新政", line=7,
         expansion=["設立全國首創的長期照護處", "行動生活復能車", "育兒津貼補助每名新生兒2萬元"])
p.ent("ADMIN", "屏東", line=7, after="「")            # 「屏東多向度」 (a brand: the unit inside it)
#   周縣長: surname + title, no PERSON
p.ent("ORG", "縣府", line=7)                         # 她和縣府團隊
p.ent("ADMIN", "屏東", line=7)                       # 帶領屏東前進

# ---- line 9
p.ent("ORG", "縣府", line=9)                         # 縣府25日舉辦
p.ent("PERSON", "周春米", line=9)
#   「囡仔好育飼」…「守護大環境」: five quiz titles, no numeral, no formula

# ---- line 11: no entity

# ---- line 13
p.ent("PERSON", "周春米", line=13)
p.ent("ADMIN", "屏東", line=13)                      # 屏東73年來
p.ent("ORG", "縣議會", line=13)                      # 第一次縣議會定期大會: the organ inside its meeting
p.slogan("COUNT", "三項新政", line=13)                # second mention, no expansion
p.ent("ORG", "長期照護處", line=13)                   # the county's new department (decision 13)

# ---- line 15
p.ent("ADMIN", "屏東", line=15, every=True)          # 屏東三大產業 / 屏東是農漁大縣 / 屏東的製造業
#   三大產業: an ordinary count of industries (decision 10), no formula
p.ent("ORG", "縣府", line=15)                        # 縣府團隊

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # picture file name
p.block(5, 5, "BYLINE", article=1)
p.block(7, 15, "BODY", article=1)

p.save()
