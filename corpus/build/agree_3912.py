"""agree-page-3912: 陕西日报 (copy on 西部网 cnwest), 2025-06-28, the opening of one article
(写在田野上的奋进答卷——陕西深入推进抓党建促乡村振兴). Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3912", "corpus/raw/pages/3912_cnwest_sxdaily_dangjian_cuzhenxing.txt",
         publisher="陕西日报", date="2025-06-28", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "陕西", line=1)

# ---- line 2: source line
p.byline("BYLINE", "来源:陕西日报", line=2)         # timestamp outside
p.ent("ORG", "陕西日报", line=2)

# ---- line 3
for u in ["铜川市", "王益区", "黄堡镇", "孟姜塬村"]:
    p.ent("ADMIN", u, line=3)

# ---- line 4
p.ent("ORG", "孟姜塬村党委", line=4)                # a named village's body
p.ent("PERSON", "王晓梦", line=4)

# ---- line 5
p.ent("ADMIN", "孟姜塬村", line=5)
p.ent("ORG", "村党委", line=5)                      # 在村党委引领下: this village's committee (dec. 5)
p.ent("ORG", "桃产业协会", line=5)                  # 村集体成立桃产业协会: a social organisation
#   统一品牌、统一包装、统一销售: 统一 is no numeral, no formula

# ---- line 6
p.ent("ADMIN", "孟姜塬村", line=6)

# ---- line 7
p.ent("ADMIN", "孟姜塬村", line=7)
p.ent("ADMIN", "陕西", line=7)
#   三秦大地: epithet for Shaanxi, no span, no formula

# ---- line 9
for u in ["咸阳市", "礼泉县", "昭陵镇", "肖东村"]:
    p.ent("ADMIN", u, line=9)
p.ent("PERSON", "赵慰备", line=9)

# ---- line 11
p.ent("ADMIN", "肖东村", line=11)
p.ent("ADMIN", "礼泉县", line=11)

# ---- line 12
p.ent("ORG", "村党支部", line=12)                   # 该村党支部: deictic 该 outside (decision 4)
p.ent("PERSON", "刘晓军", line=12)
p.ent("ADMIN", "西安", line=12)                     # 大西安都市圈 (decision 2)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)                  # 来源:陕西日报 2025-06-28 07:51 (decision 12)
p.block(3, 7, "BODY", article=1)
p.block(8, 8, "CROSSHEAD", article=1)               # 组织有力 发展给力
p.block(9, 12, "BODY", article=1)

p.save()
