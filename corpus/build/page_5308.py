"""page-5308: 都安瑶族自治县融媒体中心 (inferred; a 都安 county WeChat account's TV-news item, copy stored at
wxredian.com), 2025-01-17, one article: 【新春走基层】都安:瑶乡年味浓 乡村振乡美. Text as returned by the
`pages` store, from its title; runs of blank lines (left by pictures and video) collapsed to one and a
leading space before the last paragraph removed."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5308", "corpus/raw/pages/5308_duan_baiwang_nongshi_daji.txt",
         publisher="都安瑶族自治县融媒体中心", date="2025-01-17", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: title; 【新春走基层】 series banner stays in the HEADLINE block
p.ent("ADMIN", "都安", line=1)                     # 都安:… (place : title)
# ---- line 3: the copy site's meta line (category 民生, timestamp, region): PAGE
p.ent("ADMIN", "广西", line=3)
# ---- line 5: date-only line, PAGE
# ---- line 7: the account's countdown banner, PAGE
p.ent("ADMIN", "都安瑶族自治县", line=7)            # inside an event's name (decision 2)

# ---- line 9
#   瑶山大地: a region, no span; 记者 with no name in prose: no byline
p.ent("ADMIN", "百旺镇", line=9)
# ---- line 10
p.ent("ADMIN", "百旺镇", line=10)
#   东方红片区: a cluster of townships, no unit; “党旗引领·农市大集”: an activity, no span
for town in ["百旺", "龙湾", "菁盛", "加贵", "拉烈", "拉仁", "九渡"]:
    p.ent("ADMIN", town, line=10, after="来自")     # units listed before 等7个乡镇
# ---- line 12: speaker tag (BODY)
p.ent("ADMIN", "百旺镇", line=12)
p.ent("ADMIN", "仁合村", line=12)
p.ent("PERSON", "曾鸣", line=12)
p.ent("ADMIN", "仁合", line=12, after="我们")       # 仁合山茶油: the village inside a product's name
# ---- line 14
p.ent("ADMIN", "九渡乡", line=14, nth=1)
p.ent("ADMIN", "九光村", line=14)
p.ent("PERSON", "谭春雷", line=14)
p.ent("ADMIN", "九渡乡", line=14)                  # 今天我们九渡乡这个展位
# ---- line 16
p.ent("ORG", "百旺镇党委", line=16)                # 百旺镇党委副书记镇长 -> ORG + titles
p.ent("PERSON", "韦钰", line=16)
# ---- line 18: 各乡镇 (generic), no span
# ---- line 20
p.ent("ADMIN", "九渡乡", line=20)
p.ent("PERSON", "陶美秀", line=20)                 # 九渡乡群众 陶美秀
# ---- line 22
p.ent("ORG", "百旺镇党委", line=22)                # 百旺镇党委书记陆祥文
p.ent("ADMIN", "百旺镇", line=22)                  # 百旺镇党员干部
p.ent("PERSON", "陆祥文", line=22)
p.ent("ADMIN", "百旺镇", line=22, after="来到了")   # 百旺镇“双高”糖料蔗基地 (a site: unit inside)
p.slogan("GROUP", "双高", line=22)                 # “双高”糖料蔗基地 (high yield, high sugar); items not spelled out

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")          # 民生 2025-01-17 20:02 广西
p.block(5, 5, "PAGE")          # 2025年1月17日星期五
p.block(7, 7, "PAGE")          # countdown banner
p.block(9, 10, "BODY", article=1)
p.block(12, 22, "BODY", article=1)   # blank lines split it into one block per paragraph

p.save()
