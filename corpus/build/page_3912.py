"""page-3912: 陕西日报 (text credited 来源:陕西日报; copy on 西部网 m.cnwest.com), 2025-06-28, one
article: 写在田野上的奋进答卷——陕西深入推进抓党建促乡村振兴. Text as returned by the `pages` store,
from its title; the last stored paragraph (但当项目真正落地,…村民担心好不容) is cut off mid-sentence
and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3912", "corpus/raw/pages/3912_cnwest_sxdaily_dangjian_cuzhenxing.txt",
         publisher="陕西日报", date="2025-06-28", script="simplified", origin="pages")

# ---- line 1: headline; 抓党建促乡村振兴 has no numeral (no formula)
p.ent("ADMIN", "陕西", line=1)

# ---- line 2: the page's source line, a medium with its timestamp (BYLINE, timestamp outside)
p.byline("BYLINE", "来源:陕西日报", line=2)
p.ent("ORG", "陕西日报", line=2)

# ---- line 3: chain 铜川市|王益区|黄堡镇|孟姜塬村
for s in ["铜川市", "王益区", "黄堡镇", "孟姜塬村"]:
    p.ent("ADMIN", s, line=3)

# ---- line 4: 孟姜塬村党委书记 -> ORG 孟姜塬村党委 (a named village's body) + title
p.ent("ORG", "孟姜塬村党委", line=4)
p.ent("PERSON", "王晓梦", line=4)

# ---- line 5
p.ent("ADMIN", "孟姜塬村", line=5)
p.ent("ORG", "村党委", line=5)           # 在村党委引领下: this one village's committee (decision 5)
p.ent("ORG", "桃产业协会", line=5)       # the association the village set up (social organisation)
#   统一品牌、统一包装、统一销售: no numeral, no formula

# ---- line 6
p.ent("ADMIN", "孟姜塬村", line=6)

# ---- line 7: 三秦大地 is an epithet for the province (no span)
p.ent("ADMIN", "孟姜塬村", line=7)
p.ent("ADMIN", "陕西", line=7)

# ---- line 9: chain 咸阳市|礼泉县|昭陵镇|肖东村
for s in ["咸阳市", "礼泉县", "昭陵镇", "肖东村"]:
    p.ent("ADMIN", s, line=9)
p.ent("PERSON", "赵慰备", line=9)

# ---- line 11
p.ent("ADMIN", "肖东村", line=11)
p.ent("ADMIN", "礼泉县", line=11)

# ---- line 12: 该村党支部书记 -> deictic 该 outside (decision 4: 该区纪委 -> 区纪委)
p.ent("ORG", "村党支部", line=12)
p.ent("PERSON", "刘晓军", line=12)
p.ent("ADMIN", "西安", line=12)           # 大西安都市圈: a unit inside a planning area's name (decision 2)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 7, "BODY", article=1)
p.block(8, 8, "CROSSHEAD", article=1)   # 组织有力 发展给力: a heading inside the one article
p.block(9, 12, "BODY", article=1)

p.save()
