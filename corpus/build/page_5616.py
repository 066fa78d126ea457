"""page-5616: 中評社 (中國評論通訊社, Hong Kong; hk.crntt.com, traditional-script site), 2024-06-29,
one article: 中評現場:鄭雁雄應邀赴立法會與議員午宴 (中評社香港6月29日電, 記者 盧哲).
Text as returned by the `pages` store, from its title (the print/page-number bar above it left
out); the fourth paragraph (cut mid-sentence at 「…凝聚建設香港的積」) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5616", "corpus/raw/pages/5616_crntt_zhengyanxiong_legco_wuyan.txt",
         publisher="中評社", date="2024-06-29", script="traditional", origin="pages")

# ---- line 1: headline (中評現場: the outlet's series label, a brand: no span)
p.ent("PERSON", "鄭雁雄", line=1)
p.ent("ORG", "立法會", line=1)

# ---- line 2: http://www.CRNTT.com + timestamp: page furniture (a URL is no source), no span

# ---- line 5: caption with its photo credit
p.ent("PERSON", "鄭雁雄", line=5)
p.ent("PERSON", "梁君彥", line=5)
p.byline("PHOTO", "(中評社 盧哲攝)")
p.ent("ORG", "中評社", line=5)
p.ent("PERSON", "盧哲", line=5)

# ---- line 6: dateline tag + body
p.byline("BYLINE", "中評社香港6月29日電(記者 盧哲)")
p.ent("ORG", "中評社", line=6)
p.ent("ADMIN", "香港", line=6, nth=1)                 # the dateline's place (decision 12)
p.ent("PERSON", "盧哲", line=6)
p.ent("ORG", "香港特區立法會", line=6)               # a region's own organ: one ORG with the region
p.ent("PERSON", "梁君彥", line=6)
p.ent("ORG", "立法會", line=6, after="梁君彥議員")     # 立法會綜合大樓宴會廳: the building is no part of the body
p.ent("ORG", "中央人民政府駐香港特別行政區聯絡辦公室", line=6)
p.ent("ORG", "中聯辦", line=6, every=True)           # (中聯辦) / 中聯辦官員
p.ent("PERSON", "鄭雁雄", line=6, every=True)
p.ent("ORG", "中央政府駐港聯絡辦", line=6)
p.ent("PERSON", "何靖", line=6)
p.ent("ORG", "立法會", line=6, after="負責人和")      # 立法會議員 -> ORG 立法會 (shortened title)

# ---- line 8
p.ent("PERSON", "鄭雁雄", line=8, every=True)
p.ent("PERSON", "梁君彥", line=8, every=True)
p.ent("ORG", "立法會", line=8)                       # 再到立法會與議員午宴
p.ent("ORG", "中評社", line=8)                       # 中評社記者看到
p.ent("ORG", "民建聯", line=8)
p.ent("PERSON", "陳克勤", line=8)
p.ent("ORG", "行會", line=8)                         # 行會召集人 (the Executive Council)
p.ent("ORG", "新民黨", line=8)
p.ent("PERSON", "葉劉淑儀", line=8)

# ---- line 10
p.ent("PERSON", "梁君彥", line=10, every=True)
p.ent("PERSON", "鄭雁雄", line=10)                   # 鄭雁雄主任
p.ent("ORG", "立法會", line=10, every=True)          # 全體立法會議員 / 到立法會 / 立法會工作 / 第七屆立法會 (term outside)
#   75項法案, 186個…項目: counts, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")            # site address and timestamp
p.block(5, 5, "CAPTION", article=1)
p.block(6, 10, "BODY", article=1)

p.save()
