"""page-2615: 苗栗縣公館鄉公所 (kungkuan.gov.tw news item, as mirrored by gnews.ocam.live with its
發佈單位/發佈部門/原始連接 meta), 2024-09-25, one article: 重陽節前夕 鄉長何在鑫慰訪鄉內百歲人瑞.
Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2615", "corpus/raw/pages/2615_gongguan_xiang_renrui.txt",
         publisher="苗栗縣公館鄉公所", date="2024-09-25", script="traditional", origin="pages")

# ---- line 1: title (鄉長 is a title; 鄉內 a level word)
p.ent("PERSON", "何在鑫", line=1)

# ---- lines 3-4: web meta, one BYLINE span per labelled credit (decision 12)
p.byline("BYLINE", "發佈單位:公館鄉", line=3)
p.ent("ADMIN", "公館鄉", line=3)          # the township named as the issuing unit (like 【新北市訊】)
p.byline("BYLINE", "發佈部門:社會課", line=4)
p.ent("ORG", "社會課", line=4)            # the office's social affairs section (decision 13)

# ---- line 6: title printed again
p.ent("PERSON", "何在鑫", line=6)

# ---- body
p.ent("PERSON", "何在鑫", line=7)          # 何在鑫鄉長
p.ent("ADMIN", "公館鄉", line=8)
#   何鄉長 (lines 9, 10): surname + title, no PERSON; 公所團隊 (line 10): bare 公所, no ORG
#   「家有一老、如有一寶」: a saying, no numbered formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                     # 發佈日期: timestamp only
p.block(3, 4, "BYLINE", article=1)
p.block(5, 5, "PAGE")                     # 原始連接: URL of the original page
p.block(6, 6, "HEADLINE", article=1)
p.block(7, 10, "BODY", article=1)

p.save()
