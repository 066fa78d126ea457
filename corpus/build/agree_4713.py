"""agree-page-4713 (second pass): 西吉县人民政府 web site (来源:西吉县人民政府办公室), 2023-11-30,
one article: 媒体看西吉 || 宁夏西吉:优秀青年发挥榜样力量."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4713", "corpus/raw/pages/4713_xiji_qingnian_bangyang.txt",
         publisher="西吉县人民政府", date="2023-11-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: column banner + headline on one line
p.ent("ADMIN", "西吉", line=1)                     # 媒体看西吉 (column name, decision 2)
p.ent("ADMIN", "宁夏", line=1)
p.ent("ADMIN", "西吉", line=1, after="宁夏")        # 宁夏西吉 -> 宁夏, 西吉

# ---- line 5: source meta line
p.byline("BYLINE", "来源:西吉县人民政府办公室")
p.ent("ORG", "西吉县人民政府办公室", line=5)

# ---- line 14
#   第二届“全国乡村振兴青年先锋”: an award, 全国 is no unit
p.ent("PERSON", "金玉龙", line=14)

# ---- line 16
p.ent("PERSON", "金玉龙", line=16)
p.ent("ADMIN", "西吉", line=16)                    # 在西吉成立
p.ent("ORG", "宁夏金曜塑业有限公司", line=16)
p.slogan("PARALLEL", "万企兴万村", line=16)          # campaign, like 千万工程 / 百千万工程; 行动 outside
#   自治区“五一劳动奖章”: level word, holiday (no formula); 全区…: level word
p.ent("ADMIN", "宁夏", line=16)                    # 宁夏首届“最美拥军人物”

# ---- line 17
p.ent("ADMIN", "西吉县", line=17)
#   “青年之家”: a venue/position (阵地), no ORG
p.slogan("COUNT", "五项青春建功", line=17)          # N项 + content; 行动 outside.
#   “队、号、手、岗、赛”等系列青春建功品牌: no numeral, and given with 等 as brands, not as the five items
#   青年突击队30余支: generic; 举旗帜、亮身份、…: no numeral; “青年五四奖章”: holiday, award; 全县: level word

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)   # 媒体看西吉 || … : series banner on the title line stays in the HEADLINE
p.block(3, 3, "PAGE")                  # 时间:2023-11-30 (date only)
p.block(5, 5, "BYLINE", article=1)     # 来源:…
p.block(7, 7, "PAGE")                  # 字号:
p.block(9, 10, "PAGE")                 # share prompt
p.block(12, 12, "PAGE")                # ×
p.block(14, 14, "BODY", article=1)
p.block(16, 17, "BODY", article=1)

p.save()
