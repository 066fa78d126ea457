"""page-2916: 大公報 (大公網, news.takungpao.cn, 香港即時新聞), 2016-05-19, one article:
新界潮人總會慶祝香港回歸十九週年暨第四屆會董就職典禮. Text as returned by the `pages` store,
from its title, with the site furniture after the article; the store's last line (大公视…, cut
off mid-word) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2916", "corpus/raw/pages/2916_takungpao_chaoren_zonghui.txt",
         publisher="大公報", date="2016-05-19", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "新界潮人總會", line=1)
p.ent("ADMIN", "香港", line=1)                     # 香港回歸

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "大公網5月19日訊(記者牛真谛)", line=3)
p.ent("ORG", "大公網", line=3)
p.ent("PERSON", "牛真谛", line=3)
p.ent("ORG", "新界潮人總會", line=3)
p.ent("ADMIN", "香港", line=3)
#   如心海景酒店: a venue, no span
p.ent("PERSON", "周厚澄", line=3)
p.ent("ORG", "政務司", line=3)                     # 政務司司長: the department, title after it (decision 15)
p.ent("PERSON", "林鄭月娥", line=3)
p.ent("ORG", "中聯辦", line=3)                     # 中聯辦副主任
p.ent("PERSON", "林武", line=3)
p.ent("ORG", "食物及衛生局", line=3)
p.ent("PERSON", "高永文", line=3)
p.ent("ORG", "中聯辦新界工作部", line=3)             # a sub-unit written after its office: one ORG
p.ent("PERSON", "劉林", line=3)
p.ent("ORG", "新界鄉議局", line=3)
p.ent("PERSON", "劉業強", line=3)

# ---- line 5
p.ent("PERSON", "周厚澄", line=5)
p.ent("ORG", "特區政府", line=5)                   # the HKSAR government, one body
p.ent("ADMIN", "潮州", line=5)                     # 潮州文化 (the city's name used as a place)
#   新界潮籍鄉親: 新界 is a region, not one of Hong Kong's 18 districts: no span
p.ent("ADMIN", "潮州", line=5, after="發揚潮州文化及")  # second 潮州文化
p.ent("ADMIN", "香港", line=5)

# ---- line 7
p.ent("PERSON", "林鄭月娥", line=7)
p.ent("ADMIN", "香港", line=7)                     # 香港現時有…
p.ent("ORG", "新界潮人總會", line=7)
p.ent("ADMIN", "香港", line=7, after="積極參與")     # 「香港潮州節」: units inside an event name
p.ent("ADMIN", "潮州", line=7, after="積極參與")
p.ent("ADMIN", "潮州", line=7, after="優秀的")       # 潮州文化
p.ent("ADMIN", "香港", line=7, after="促進內地與")
p.ent("ORG", "新界潮人總會", line=7, after="此外")
p.ent("ADMIN", "香港", line=7, after="為促進")       # 香港繁榮穩定
p.ent("ADMIN", "香港", line=7, after="一直以來支持")
p.ent("ORG", "全國人大常委會", line=7)
p.ent("PERSON", "張德江", line=7)
p.ent("ORG", "中央", line=7)                       # 中央對特區的關懷 (acting, before 的)
p.ent("ADMIN", "香港", line=7, after="充分展現")
p.slogan("PARALLEL", "一帶一路", line=7)
p.ent("ADMIN", "香港", line=7, after="除了挑戰")
p.ent("ADMIN", "香港", line=7, after="抓緊機遇")

# ---- line 10: site furniture
p.ent("ORG", "大公网", line=10)                     # the medium (《晨读香江》: its account, no span)
# ---- line 12: editor line (PAGE, no byline span)
p.ent("PERSON", "李孟展", line=12)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)
p.block(10, 10, "PAGE")          # 扫一扫,关注大公网… (app prompt)
p.block(12, 12, "PAGE")          # 责任编辑 (editor line)
p.block(14, 14, "PAGE")          # 热闻 (list of links)
p.block(16, 16, "PAGE")          # • 图片
p.block(18, 18, "PAGE")          # 大公出品 (site menu)

p.save()
