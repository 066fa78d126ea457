"""page-4713: 西吉县人民政府 (nxxj.gov.cn, 新闻中心 > 专题栏目, "媒体看西吉"), 2023-11-30, one article:
宁夏西吉:优秀青年发挥榜样力量. Text as returned by the `pages` store, from its title; the last
paragraph (同时,聚焦广大青少年所需所盼…西藏那曲) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4713", "corpus/raw/pages/4713_xiji_qingnian_bangyang.txt",
         publisher="西吉县人民政府", date="2023-11-30", script="simplified", origin="pages")

# ---- line 1: title with the site's series name (媒体看西吉) on the same line
p.ent("ADMIN", "西吉", line=1, nth=1)               # 媒体看西吉: the county inside a series name (decision 2)
p.ent("ADMIN", "宁夏", line=1)
p.ent("ADMIN", "西吉", line=1)                      # 宁夏西吉 -> 宁夏, 西吉

# ---- line 5: source meta line (decision 12)
p.byline("BYLINE", "来源:西吉县人民政府办公室", line=5)
p.ent("ORG", "西吉县人民政府办公室", line=5)          # the government's office: one ORG with its parent

# ---- line 14
p.ent("PERSON", "金玉龙", line=14)                  # 全国乡村振兴青年先锋: an award title, 全国 is no unit

# ---- line 16
p.ent("PERSON", "金玉龙", line=16)
p.ent("ADMIN", "西吉", line=16, before="成立")
p.ent("ORG", "宁夏金曜塑业有限公司", line=16)        # enterprise named in full, province inside the ORG
p.slogan("PARALLEL", "万企兴万村", line=16)          # two numeral-led parts, like 百县千镇万村 (PARALLEL)
#   五一劳动奖章: a holiday (五一), no formula; 自治区, 全区: level words, no span
p.ent("ADMIN", "宁夏", line=16)                     # 宁夏首届“最美拥军人物”

# ---- line 17
p.ent("ADMIN", "西吉县", line=17)
p.slogan("COUNT", "五项青春建功", line=17)           # N项 + content (八项规定 precedent); quotes outside
#   “队、号、手、岗、赛”: a quoted list with no numeral, no formula; not taken as the expansion of
#   五项青春建功 (the text calls them 系列青春建功品牌, not the five actions)
#   青年五四奖章: 五四 is a date (the May Fourth movement), no formula; 青年之家: a venue/brand

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # 时间:2023-11-30 (date-only meta line)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 7, "PAGE")            # 字号:
p.block(9, 10, "PAGE")           # share widget
p.block(12, 12, "PAGE")          # × (close button)
p.block(14, 14, "BODY", article=1)
p.block(16, 17, "BODY", article=1)

p.save()
