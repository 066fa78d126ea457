"""page-3915: 嘉義市政府 (chiayi.gov.tw, News_Content n=449), 上版日期 2021-04-20, one document:
嘉義市政府第1015次市務會議紀錄 (minutes of the city government's 1015th city-affairs meeting).
Text as returned by the `pages` store, from its title (the skip link 跳到主要內容區塊 above the
title dropped); three whitespace-only lines (&nbsp; table cells) stored as empty lines."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3915", "corpus/raw/pages/3915_chiayi_shiwu_huiyi.txt",
         publisher="嘉義市政府", date="2021-04-20", script="traditional", origin="pages")

# ---- line 1: title (an organ inside a meeting record's name is ORG)
p.ent("ORG", "嘉義市政府", line=1)

# ---- lines 4-22: the minutes' header table
#   line 10 本府6樓第2會議室: 本府 ("this government") is deictic like 本报/本网: no span
p.ent("PERSON", "黃敏惠", line=14)                  # 市長 黃敏惠: title outside
p.ent("PERSON", "蕭楣鞠", line=22)                  # 紀錄 (minute-taker)
p.byline("BYLINE", "紀錄\n\n蕭楣鞠")                 # labelled credit of the record's writer

# ---- line 26: item 一
#   里、鄰長, 里幹事, 各局處: generic
p.ent("ORG", "民政處", line=26)

# ---- line 30: item 二
#   青年街: a street, no span
p.ent("ORG", "中央", line=30)                       # 涉及中央及司法權責: the central authorities' competence
p.ent("ORG", "市府", line=30)                       # 市府 = 市政府 (Taiwan short form)

# ---- lines 32-38: sub-items (一)-(四)
p.ent("ORG", "消防局", line=32)
p.ent("ORG", "警察局", line=32)
p.ent("ORG", "環保局", line=32, every=True)         # twice on the line
#   各方權責單位: generic
p.ent("ORG", "政風處", line=34)
#   檢調單位 (prosecutors and investigators), 兩區公所 (the two district offices): generic / a count
p.ent("ORG", "建設處", line=38)

# ---- line 42: item 三
#   中央單位 (central-government units in general: 中央 as a modifier) and 本府: no span

# ---- line 46: item 四
p.ent("ORG", "觀光新聞處", line=46)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                  # • 上版日期:2021-04-20 (date-only meta line)
p.block(4, 18, "BODY", article=1)      # header table rows: 時間 / 地點 / 主席 / 出列席人員 with their values
p.block(20, 22, "BYLINE", article=1)   # 紀錄 / 蕭楣鞠: the record's writer
p.block(24, 24, "CROSSHEAD", article=1)  # 主席裁示事項:
p.block(26, 46, "BODY", article=1)

p.save()
