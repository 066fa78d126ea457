"""page-4111: 河南蒙古族自治县人民政府 (henanxian.gov.cn, 青海省黄南藏族自治州), date not printed on the
stored page; one article: 县长祁小青 in 赛尔龙乡. Text as returned by the `pages` store (it opens with the
lead paragraph; no title stored). Its paragraphs were separated by single spaces (collapsed markup) and are
written one per line; the last stored paragraph (在赛尔龙乡达参寺…深入交流) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4111", "corpus/raw/pages/4111_henan_saierlong_wenlv.txt",
         publisher="河南蒙古族自治县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: lead paragraph
p.ent("ORG", "县委", line=1)                 # 县委副书记 -> ORG 县委 + title
p.ent("PERSON", "祁小青", line=1)            # 县长祁小青
p.ent("ADMIN", "赛尔龙乡", line=1)

# ---- line 2
p.ent("ADMIN", "赛尔龙乡", line=2)           # 赛尔龙乡主街道: the township inside a place
p.ent("PERSON", "祁小青", line=2)

# ---- line 3
p.ent("ORG", "赛尔龙乡政府", line=3)         # 赛尔龙乡政府值班室: the government; its duty room is a place
p.ent("PERSON", "祁小青", line=3)

# ---- line 4
#   雪山洛草原婚礼和草原音乐节: events, no span; 我县: deictic, no span
p.ent("PERSON", "祁小青", line=4)

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
