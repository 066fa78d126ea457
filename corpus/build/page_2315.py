"""page-2315: 台灣新聞網 (5ch.com.tw, 南投 local news site), 2011-09-28, one article:
集集新任鎮長嚴鴻邦今就職暨交接, followed by the site's list of related links.
Text as returned by the `pages` store, from its title (complete; nothing dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2315", "corpus/raw/pages/2315_jiji_zhenzhang_jiuzhi.txt",
         publisher="台灣新聞網", date="2011-09-28", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "集集", line=1)                      # 集集新任鎮長: the town + a title
p.ent("PERSON", "嚴鴻邦", line=1)

# ---- line 2: reporter line with medium and desk place (one BYLINE)
p.byline("BYLINE", "台灣新聞網記者顏高/集集報導", line=2)
p.ent("ORG", "台灣新聞網", line=2)
p.ent("PERSON", "顏高", line=2)
p.ent("ADMIN", "集集", line=2)                      # 集集報導: the desk's place

# ---- line 4
p.ent("ORG", "集集鎮公所", line=4)
p.ent("PERSON", "嚴鴻邦", line=4)

# ---- line 5
p.ent("ADMIN", "集集鎮", line=5)                    # inside the ceremony's name (decision 2)
p.ent("ORG", "鎮公所", line=5)                      # level word + organ, like 鎮政府
p.ent("ORG", "南投縣政府民政處", line=5)            # 民政處長 -> the department, title outside
p.ent("PERSON", "陳瑞慶", line=5)
#   鄉鎮市長、代表會及村里長: generic classes of office-holders and councils, no span

# ---- line 6
for name in ["嚴鴻邦", "嚴黃年", "張素媛", "石憲奇", "黃炎明", "陳勝男", "李崇慶", "莊瑞麟"]:
    p.ent("PERSON", name, line=6)

# ---- line 7
p.ent("PERSON", "嚴鴻邦", line=7)
p.ent("ADMIN", "集集鎮", line=7, nth=1)
p.ent("ADMIN", "集集鎮", line=7, nth=1)             # second occurrence (first now taken)
p.ent("ADMIN", "集集", line=7, after="把")           # 把集集帶往…

# ---- line 8
p.ent("ORG", "公所民政課", line=8)                  # the town office's civil-affairs section
p.ent("PERSON", "嚴鴻邦", line=8)

# ---- line 9: caption with photo credit
p.ent("ADMIN", "集集鎮", line=9)
p.ent("PERSON", "嚴鴻邦", line=9)
p.byline("PHOTO", "\ufe59記者顏高/攝\ufe5a", line=9)
p.ent("PERSON", "顏高", line=9)

# ---- lines 10-19: related links (PAGE); their people and units keep spans
p.ent("ADMIN", "南投", line=12)
p.ent("PERSON", "林明溱", line=13)
#   日月潭 (lines 14, 16), 中興新村 (line 15): places, no span
p.ent("ADMIN", "南投縣", line=17)
p.ent("ORG", "縣府", line=18)                       # 縣府爭取…經費: the county government acting
p.ent("ADMIN", "竹山", line=19)                     # 竹山鯉南路: a town inside a road's name

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "PAGE")            # date-only line
p.block(4, 8, "BODY", article=1)
p.block(9, 9, "CAPTION", article=1)
p.block(10, 19, "PAGE")          # 返回上一頁 / 相關文章 and the list of links

p.save()
