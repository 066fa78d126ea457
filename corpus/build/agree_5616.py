"""agree-page-5616: 中評社 (CRNTT), 2024-06-29, one article: 鄭雁雄應邀赴立法會與議員午宴.
Second-pass annotation (independent)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5616", "corpus/raw/pages/5616_crntt_zhengyanxiong_legco_wuyan.txt",
         publisher="中評社", date="2024-06-29", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline (column tag 中評現場: stays in the HEADLINE block; a column brand, no span)
p.ent("PERSON", "鄭雁雄", line=1)
p.ent("ORG", "立法會", line=1)                    # Hong Kong's Legislative Council by its own name

# ---- line 2: the site's URL with the timestamp: the page's source line (medium + timestamp)
p.byline("BYLINE", "http://www.CRNTT.com")       # a URL source: BYLINE span, no ORG

# ---- line 5: lead photo caption with its credit
p.ent("PERSON", "鄭雁雄", line=5)
p.ent("PERSON", "梁君彥", line=5)
p.byline("PHOTO", "(中評社 盧哲攝)")
p.ent("ORG", "中評社", line=5)
p.ent("PERSON", "盧哲", line=5)

# ---- line 6: source tag with dateline + first paragraph
p.byline("BYLINE", "中評社香港6月29日電(記者 盧哲)")
p.ent("ORG", "中評社", line=6)
p.ent("ADMIN", "香港", line=6)                    # unit in the dateline (decision 12)
p.ent("PERSON", "盧哲", line=6)
p.ent("ORG", "香港特區立法會", line=6)             # the region's own organ, one ORG with the region
p.ent("PERSON", "梁君彥", line=6)
p.ent("ORG", "立法會", line=6, after="28日在")     # 立法會|綜合大樓宴會廳: building outside the body
p.ent("ORG", "中央人民政府駐香港特別行政區聯絡辦公室", line=6)
p.ent("ORG", "中聯辦", line=6)                    # (中聯辦)
p.ent("PERSON", "鄭雁雄", line=6)                 # 主任鄭雁雄
p.ent("ORG", "中聯辦", line=6, after="鄭雁雄及")
p.ent("PERSON", "鄭雁雄", line=6, after="官員。")
p.ent("ORG", "中央政府駐港聯絡辦", line=6)         # stationed office, one ORG with its parent
p.ent("PERSON", "何靖", line=6)                   # 副主任何靖
#   有關部門: generic
p.ent("ORG", "立法會", line=6, after="負責人和")    # 立法會議員

# ---- line 8
p.ent("PERSON", "鄭雁雄", line=8)
p.ent("PERSON", "梁君彥", line=8)
p.ent("PERSON", "鄭雁雄", line=8, after="時隔近一年,")
p.ent("ORG", "立法會", line=8)
p.ent("ORG", "中評社", line=8)
p.ent("PERSON", "鄭雁雄", line=8, after="此次與")
p.ent("PERSON", "梁君彥", line=8, after="此次與")
p.ent("ORG", "民建聯", line=8)
p.ent("PERSON", "陳克勤", line=8)
p.ent("ORG", "行會", line=8)                      # 行會召集人: the Executive Council, contracted title keeps the organ
p.ent("ORG", "新民黨", line=8)
p.ent("PERSON", "葉劉淑儀", line=8)

# ---- line 10
p.ent("PERSON", "梁君彥", line=10, nth=1)
p.ent("PERSON", "梁君彥", line=10, nth=1)         # second mention (first is taken)
p.ent("ORG", "立法會", line=10)                   # 全體立法會議員
p.ent("PERSON", "鄭雁雄", line=10)
p.ent("ORG", "立法會", line=10, after="專程到")
p.ent("PERSON", "梁君彥", line=10, after="認同和支持。")
p.ent("ORG", "立法會", line=10, after="第七屆")    # term written before the organ stays outside

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(5, 5, "CAPTION", article=1)
p.block(6, 10, "BODY", article=1)

p.save()
