"""page-5315: 風傳媒 (storm.mg, 地方新聞 section), 2019-04-03, one article supplied by 新竹市議會:
全國議會正副龍頭相見歡 竹市議長許修睿出任聯誼會執行長. Text as returned by the `pages` store, from its
title; its last paragraph (據了解,…也會將大會議決), cut off mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5315", "corpus/raw/pages/5315_storm_hsinchu_yizhang_lianyihui.txt",
         publisher="風傳媒", date="2019-04-03", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "竹市", line=1)                 # 竹市議長: two-character short form of 新竹市 + title (decision 15)
p.ent("PERSON", "許修睿", line=1)
#   聯誼會執行長: a bare 聯誼會 (institution type), no span

# ---- lines 7 and 9: the lead picture's caption, printed twice
for ln in (7, 9):
    #   108年全國地方議會正副議長聯誼會…舉辦: the meeting (an event), no ORG
    p.ent("ADMIN", "屏東縣", line=ln)
    p.byline("PHOTO", "(圖/新竹市議會提供)", line=ln)
    p.ent("ORG", "新竹市議會", line=ln)

# ---- line 11: first paragraph
#   第一次聯誼會…舉辦: the meeting, no ORG; 聯誼會會長: bare 聯誼會, no span
p.ent("ADMIN", "屏東縣", line=11)
p.ent("ADMIN", "新北市", line=11)              # 新北市議長 -> ADMIN + title (the council is not written)
p.ent("PERSON", "蔣根煌", line=11)
p.ent("ADMIN", "彰化縣", line=11)
p.ent("PERSON", "謝典霖", line=11)
p.ent("ORG", "新竹市議會", line=11)            # 新竹市議會包括副議長… (before the bare 新竹市 is taken)
p.ent("ADMIN", "新竹市", line=11)              # 新竹市議長許修睿
p.ent("PERSON", "許修睿", line=11, every=True) # three times on the line
p.ent("ORG", "正副議長聯誼會", line=11)        # 擔任正副議長聯誼會執行長: the association as a body
p.ent("PERSON", "余邦彥", line=11)

# ---- line 15: crosshead
p.ent("ORG", "中央", line=15)                  # 向中央反映: the central authorities (decision of session 3)

# ---- line 17: second paragraph
p.ent("ORG", "新竹市議會", line=17)            # 新竹市議會議長 -> ORG + title
p.ent("PERSON", "許修睿", line=17)
#   全國地方議會議長副議長聯誼會平均一季會舉辦一次 / 首次舉辦聯誼會: the meeting, no ORG
p.ent("ORG", "正副議長聯誼會", line=17)        # 推動正副議長聯誼會所有的執行事項: the association

# ---- lines 19-20: the second picture's caption, printed twice
for ln in (19, 20):
    p.ent("ADMIN", "新竹市", line=ln)
    p.ent("PERSON", "許修睿", line=ln)
    p.ent("ADMIN", "花蓮縣", line=ln)
    p.ent("PERSON", "張峻", line=ln)
    p.ent("ADMIN", "台南市", line=ln)
    p.ent("PERSON", "郭信良", line=ln)
    p.ent("ADMIN", "澎湖縣", line=ln)
    p.ent("PERSON", "劉陳昭玲", line=ln)
    p.ent("ADMIN", "南投縣", line=ln)
    p.ent("PERSON", "何勝豐", line=ln)
    p.ent("ADMIN", "金門縣", line=ln)
    p.ent("PERSON", "洪允典", line=ln)
    p.byline("PHOTO", "(圖/新竹市議會提供)", line=ln)
    p.ent("ORG", "新竹市議會", line=ln)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # publication time only
p.block(5, 5, "PAGE")            # ? 人氣 (view counter)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "CAPTION", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "PAGE")          # [啟動LINE推播] 每日重大新聞通知 (site prompt)
p.block(15, 15, "CROSSHEAD", article=1)
p.block(17, 17, "BODY", article=1)
p.block(19, 20, "CAPTION", article=1)

p.save()
