"""page-2516: 澳門日報 (modaily.cn e-paper, 第A09版:澳聞), 2023-07-16, one article:
街坊節開幕推睦鄰互助. Text as returned by the `pages` store, from its title; the e-paper's
trailing enpproperty comment (markup) stripped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2516", "corpus/raw/pages/2516_modaily_jiefangjie_kaimu.txt",
         publisher="澳門日報", date="2023-07-16", script="traditional", origin="pages")

# ---- lines 1, 3, 5: title, photo caption (出席活動人士合照), title again: no spans

# ---- line 7
p.byline("BYLINE", "【本報消息】", line=7)
p.ent("ORG", "街總", line=7)                       # 澳門街坊會聯合總會, short form
p.ent("ORG", "街坊總會", line=7)                   # 街坊總會社區服務大樓開放日: the organisation inside a building/event name
p.ent("ADMIN", "中國", line=7)                     # 中國剪紙: unit inside a craft's name (decision 2)
#   中華文化, “睦鄰互助,關愛社區”, 愛國愛澳 (one-character 澳): no spans

# ---- line 9: the guests
p.ent("ORG", "街總", line=9)                       # 街總社服大樓: the organisation inside its building's name
p.ent("ORG", "中聯辦", line=9)
p.ent("ORG", "社工部", line=9)                     # 社工部長: contracted title keeps the department (decision 15)
p.ent("PERSON", "黃華蓋", line=9)
p.ent("ORG", "澳門基金會行政委員會", line=9)        # sub-unit with its parent
p.ent("PERSON", "黎振強", line=9)
p.ent("ORG", "市政署市政管理委員會", line=9)
p.ent("PERSON", "林紹源", line=9)
p.ent("ORG", "社工局家庭及社區服務廳", line=9)      # 廳長: contracted title keeps the 廳
p.ent("PERSON", "李麗萍", line=9)
p.ent("ORG", "街總", line=9, after="李麗萍")
p.ent("PERSON", "吳仕明", line=9)
p.ent("PERSON", "區天香", line=9)
p.ent("ORG", "中國銀行澳門分行", line=9)
p.ent("PERSON", "葉兆佳", line=9)
p.ent("ORG", "澳門歸僑總會", line=9)
p.ent("PERSON", "劉雅煌", line=9)
p.ent("ORG", "澳門中山同鄉聯誼會", line=9)
p.ent("PERSON", "林樹棠", line=9)
p.ent("ORG", "街總", line=9, after="林樹棠")
p.ent("PERSON", "吳小麗", line=9)
p.ent("PERSON", "陳家良", line=9)
p.ent("PERSON", "梁慶球", line=9)

# ---- line 13
p.ent("PERSON", "陳家良", line=13)
p.ent("ADMIN", "澳門", line=13, nth=1)             # 疫情結束澳門進入經濟復甦期
p.ent("ORG", "街坊會", line=13)                    # “街坊會伴你走過四十年街坊情座談會”: 街總 (founded 1983) inside an event's name
p.ent("ADMIN", "澳門", line=13, after="共同推進")   # 澳門社區建設

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "CAPTION", article=1)               # photo caption, no credit
p.block(5, 5, "HEADLINE", article=1)              # the title printed again over the text
p.block(7, 9, "BODY", article=1)
p.block(11, 11, "CROSSHEAD", article=1)
p.block(13, 13, "BODY", article=1)

p.save()
