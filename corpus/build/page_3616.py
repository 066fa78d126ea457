"""page-3616: 香港01 (hk01.com, 政情), 2025-09-30, one article on the second term of Hong Kong's
地區服務及關愛隊伍 (關愛隊). Text as returned by the `pages` store: it holds no title (the store's
" date 2025-09-30" prefix is left out); its last paragraph, cut off mid-sentence, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3616", "corpus/raw/pages/3616_hk01_guanaidui_dierqi.txt",
         publisher="香港01", date="2025-09-30", script="traditional", origin="pages")

# ---- line 1: lead
#   關愛隊: the government's care-team scheme and its teams in general, no ORG
for d in ["西貢", "沙田", "屯門", "大埔"]:          # Hong Kong's districts are its units (decision 15)
    p.ent("ADMIN", d, line=1)
p.ent("ORG", "新家園協會", line=1)
for d in ["東區", "觀塘", "油尖旺", "深水埗", "黃大仙"]:
    p.ent("ADMIN", d, line=1)

# ---- line 5
p.ent("ORG", "民青局", line=5)                      # 民政及青年事務局 by its short name
p.ent("PERSON", "麥美娟", line=5)

# ---- line 9: photo caption
p.byline("PHOTO", "（梁鵬威攝）")
p.ent("PERSON", "梁鵬威", line=9)

# ---- line 11: crosshead
p.ent("ADMIN", "西貢", line=11)

# ---- line 13
p.ent("ORG", "民青局", line=13)
p.ent("PERSON", "麥美娟", line=13)
#   各區的民政事務處: generic (each district's office), no ORG

# ---- line 15
p.ent("ADMIN", "西貢區", line=15)
#   白沙灣、翠林及富藍關愛隊: teams named by sub-areas (places, no units); no span (see notes)
for d in ["大埔", "沙田", "屯門"]:
    p.ent("ADMIN", d, line=15)

# ---- line 17: photo caption
p.ent("ADMIN", "觀塘", line=17)                     # 觀塘安達邨: estate is a place, district is ADMIN
#   當區關愛隊, 區議員: generic
p.byline("PHOTO", "（廖雁雄攝）")
p.ent("PERSON", "廖雁雄", line=17)

# ---- line 19: crosshead
p.ent("ORG", "新家園協會", line=19)
#   港九: one-character abbreviations of regions, no ADMIN

# ---- line 21: the seven teams, each named by district + sub-area
p.ent("ORG", "新家園協會", line=21)
p.ent("ADMIN", "東區", line=21)                     # 東區翡翠: 翡翠 is a sub-area, no span
p.ent("ADMIN", "觀塘區", line=21, nth=1)
p.ent("ADMIN", "觀塘", line=21, after="觀塘區")      # 觀塘中心: the district's name inside a place (decision 2)
p.ent("ADMIN", "觀塘區", line=21, after="觀塘中心")  # 觀塘區油翠
p.ent("ADMIN", "油尖旺區", line=21, nth=1)
p.ent("ADMIN", "油尖旺區", line=21, nth=1)          # second free hit
p.ent("ADMIN", "深水埗區", line=21)                 # 長沙灣: an area, no unit
p.ent("ADMIN", "黃大仙區", line=21)

# ---- line 23: photo caption
p.ent("ORG", "新家園協會董事會", line=23)           # the board written after its association (one ORG)
p.ent("PERSON", "許榮荗", line=23)
p.byline("PHOTO", "（林若勤攝）")
p.ent("PERSON", "林若勤", line=23)

# ---- blocks (no title in the stored text; the two title-like lines inside are crossheads)
p.block(1, 1, "BODY", article=1)
p.block(5, 5, "BODY", article=1)
p.block(9, 9, "CAPTION", article=1)
p.block(11, 11, "CROSSHEAD", article=1)
p.block(13, 15, "BODY", article=1)
p.block(17, 17, "CAPTION", article=1)
p.block(19, 19, "CROSSHEAD", article=1)
p.block(21, 21, "BODY", article=1)
p.block(23, 23, "CAPTION", article=1)

p.save()
