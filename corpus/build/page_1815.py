"""page-1815: 桃園市楊梅區公所 (its own site www.yangmei.tycg.gov.tw, News_Photo), one photo-news item on
the district's 115年 (2026) New Year's Day flag-raising. Text as returned by the `pages` store: the store
holds no title for this page (it begins with the body), nothing is cut off at the end."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1815", "corpus/raw/pages/1815_yangmei_yuandan_shengqi.txt",
         publisher="桃園市楊梅區公所", date=None, script="traditional", origin="pages")

# ---- the single line, in text order
p.ent("ADMIN", "桃園市")                                  # 桃園市|楊梅區 : two units
p.ent("ADMIN", "楊梅區", after="桃園市")
p.ent("ORG", "楊梅區公所", after="在")                    # 楊梅區公所前廣場: the office named inside its square
p.ent("ORG", "艾克樂團")                                  # a named band performing (acts)
p.ent("ADMIN", "楊梅", after="介紹")                      # 楊梅特色景點
#   秀才步道: a place, no span
p.ent("ADMIN", "楊梅", after="秀才步道、")                # 楊梅休閒農業區: unit inside a place name (decision 2)
p.ent("ADMIN", "楊梅", after="農業區及")                  # 楊梅故事館: venue (decision 14), unit inside
p.ent("ADMIN", "楊梅", after="走訪")                      # 走訪楊梅
p.ent("ADMIN", "楊梅區", after="典禮由")                  # 楊梅區長 -> ADMIN 楊梅區 (decision 15, 屏東縣長)
p.ent("PERSON", "施永恭")
#   施區長: surname + title, no PERSON
p.ent("ADMIN", "楊梅", after="「旗揚")                    # 「旗揚楊梅・梅好一年」: unit inside an event theme
#   「梅」好: a pun, no span
p.ent("ORG", "區公所", after="他也強調,")                 # level word + organ, meaning this district's office
p.ent("ORG", "市政府", after="持續與")                    # 市政府 = 桃園市政府
p.ent("ORG", "楊梅區公所", after="踴躍參與,")

# ---- blocks: the page is one body paragraph (no title stored)
p.block(1, 1, "BODY", article=1)

p.save()
