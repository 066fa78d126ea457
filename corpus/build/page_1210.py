import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1210", "corpus/raw/pages/1210_cyhg_report.txt", publisher="嘉義縣政府",
         date=None, script="traditional", origin="pages")
if "--show" in sys.argv:
    p.show(); raise SystemExit

# 嘉義縣政府 (cyhg.gov.tw): the county magistrate's 施政報告 to the 嘉義縣議會 (20th council,
# 2nd regular session), as published on the county government's site. The stored page opens
# with the salutation (no title is stored); its last paragraph (現在無人機產業…) is cut off
# mid-sentence in the store and was dropped.

# ------------------------------------------------------------------ spans
# line 1: salutation 張議長、陳副議長 -> surname + title, no PERSON (like 張女士)
# line 2
p.ent("ORG", "嘉義縣議會", line=2)                         # organ inside the session's name
p.ent("PERSON", "章梁", line=2)                            # 翁章梁 speaking of himself by his given name
p.ent("ORG", "縣府", line=2)                               # 縣府團隊: 縣府 = 縣政府
p.ent("ADMIN", "嘉義縣", line=2, after="感謝")             # 嘉義縣民
# line 3: 縣府; 貴會 is a deictic honorific for the council (no span)
p.ent("ORG", "縣府", line=3)
# line 5
p.ent("ORG", "中央", line=5)                               # 中央與地方 (central authorities, ORG)
p.ent("ADMIN", "嘉義", line=5, every=True)                 # six bare mentions of the county
p.ent("ADMIN", "台灣", line=5)                             # 臺灣 used as a place on a Taiwan page
# line 6
p.ent("ADMIN", "嘉義", line=6, every=True)
p.ent("ADMIN", "台灣", line=6)
# line 7: 中美貿易戰 -> one-character abbreviations, no span
p.ent("ADMIN", "台灣", line=7)
p.ent("ORG", "中央", line=7)                               # 配合中央的大南方發展 (the centre acts)
p.ent("ADMIN", "嘉義縣", line=7)

# ------------------------------------------------------------------ slogans
# 「低汙染、低耗能、低耗水與高產值」三低一高: two numeral-led parts -> PARALLEL; its items are
# printed right before it (expansion on items printed before a formula, docs/annotation.md).
s = p.slogan("PARALLEL", "三低一高", line=7)[0]
lo, hi = p.line_bounds[6]
pos, items = lo, []
for it in ["低汙染", "低耗能", "低耗水", "高產值"]:
    st, en = p.find_all(it, pos, s["start"])[0]
    items.append([st, en]); pos = en
s["expansion"] = items

# ------------------------------------------------------------------ blocks
p.block(1, 3, "BODY", article=1)       # salutation and opening paragraphs
p.block(4, 4, "CROSSHEAD", article=1)  # 壹、前言
p.block(5, 7, "BODY", article=1)

p.save()
