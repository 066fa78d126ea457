"""page-5614: 海淀报 (hdb.bjhdnet.cn, e-paper of 北京市海淀区), 2025-05-30, 第02版:综合, one article:
甘家口街道29个社区治理项目全面启动. Text as returned by the `pages` store, from the e-paper's date
line; the last paragraph (a quote of 甘家口街道办事处副主任崔玮, cut mid-sentence) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5614", "corpus/raw/pages/5614_haidianbao_ganjiakou_zhili.txt",
         publisher="海淀报", date="2025-05-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 4: kicker 以「小切口、深突破、可持续」为目标 (no numeral: no formula)
# ---- line 6: headline
p.ent("ADMIN", "甘家口街道", line=6)

# ---- line 8: byline opening the first paragraph
p.byline("BYLINE", "本报讯(记者 高玉超)", line=8)
p.ent("PERSON", "高玉超", line=8)
#   “最后一公里”: an idiom, no formula
p.ent("ADMIN", "甘家口街道", line=8)

# ---- line 10
#   《朋心共办好家园》…《商量》: programme titles; “居民议事厅”: a forum, no ORG
#   2024年6个优秀项目案例, 30个民生项目: counts in prose, no formula
p.ent("ADMIN", "甘家口街道", line=10)

# ---- line 12
p.ent("ADMIN", "甘家口街道", line=12)
#   29个社区治理项目: prose count; “大家商量着办”: a mechanism's name without numeral

# ---- blocks
p.block(1, 1, "PAGE")                 # 2025年05月30日 (e-paper date line)
p.block(2, 2, "PAGE")                 # 第02版:综合 (edition line)
p.block(4, 4, "KICKER", article=1)    # 引题 above the main title
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 12, "BODY", article=1)

p.save()
