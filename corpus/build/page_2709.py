"""page-2709: 茂名日报 (mm111.net e-paper, 2025-09-18), one article:
广东省网联“山海茂名·好心福彩”采风团 / 喜看茂名经济社会高质量发展迈向新水平.
Text as returned by the `pages` store, from its title (the stored text ends after
"茂名市被授予“全国文明城市”称号。", a complete sentence)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2709", "corpus/raw/pages/2709_maoming_caifengtuan.txt",
         publisher="茂名日报", date="2025-09-18", script="simplified", origin="pages")

# ---- line 1: kicker
p.ent("ORG", "广东省网联", line=1)            # the province's network-society federation (an association)
p.ent("ADMIN", "茂名", line=1)                # inside the campaign name 山海茂名 (decision 2); 采风团: a delegation, no ORG

# ---- line 3: headline
p.ent("ADMIN", "茂名", line=3)

# ---- line 6: byline
p.byline("BYLINE", "文/图茂名日报社全媒体记者 陈琴 莫积均")
p.ent("ORG", "茂名日报社", line=6)
p.ent("PERSON", "陈琴", line=6)
p.ent("PERSON", "莫积均", line=6)

# ---- line 7: first paragraph
p.ent("ORG", "广东省网联", line=7)
p.ent("ADMIN", "茂名", line=7)                # 山海茂名 again
p.ent("ADMIN", "高州市", line=7)
p.ent("ADMIN", "泗水镇", line=7)
p.ent("ADMIN", "滩底村", line=7)
p.ent("ADMIN", "根子", line=7)                # 根子古荔园: a site named after 根子镇 (decision 2)
#   包茂高速柏桥服务区: a motorway service area (a place); 包/茂 are one-character abbreviations
p.ent("ORG", "电白康养中心", line=7)          # an elderly-care institution, like 敬老院 (docs: care institutions are ORG)
p.ent("ORG", "林头镇敬老院", line=7)          # named care institution: ORG (seed-001 review decision)
p.ent("ADMIN", "茂名", line=7, after="全方位感受")
p.ent("ADMIN", "茂名", line=7, after="见证")

# ---- line 10
p.ent("ADMIN", "高州市", line=10)
p.ent("ADMIN", "泗水镇", line=10)
p.ent("ADMIN", "滩底村", line=10)
p.ent("ADMIN", "茂名", line=10)

# ---- line 11, 12
p.ent("ADMIN", "滩底村", line=11)
p.ent("ADMIN", "滩底村", line=12)

# ---- line 13
p.ent("ADMIN", "茂名市", line=13)

# ---- slogans: 百千万工程 (百县千镇万村高质量发展工程; the items are not spelled out here)
p.slogan("PARALLEL", "百千万工程", every=True)

# ---- blocks
p.block(1, 1, "KICKER", article=1)      # factual line naming the actor, before the catchy title (decision 1)
p.block(3, 3, "HEADLINE", article=1)
p.block(6, 6, "BYLINE", article=1)
p.block(7, 7, "BODY", article=1)
p.block(8, 9, "CROSSHEAD", article=1)   # two-line heading inside the article
p.block(10, 13, "BODY", article=1)

p.save()
