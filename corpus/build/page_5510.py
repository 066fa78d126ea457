"""page-5510: 榆林市纪委监委 (yulin.qinfeng.gov.cn, the 榆林 channel of 秦风网; publisher inferred from
the domain and the text), undated: a timeline report on 子洲县纪委's market-day outreach in 淮宁湾镇.
Text as returned by the `pages` store: it opens with the body (no title or source line stored); the
last paragraph (前来反映情况的群众接二连三。淮宁湾镇寺家坪村村民张生勤…, cut off mid-sentence) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5510", "corpus/raw/pages/5510_yulin_zizhou_jiwei_ganji.txt",
         publisher="榆林市纪委监委", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "子洲县", line=1, nth=1)
p.ent("ADMIN", "淮宁湾镇", line=1)
p.ent("ORG", "子洲县纪委", line=1)

# ---- line 4
p.ent("ORG", "子洲县纪委", line=4)               # 子洲县纪委副书记 -> ORG + title
p.ent("PERSON", "吴梦春", line=4)

# ---- line 7
p.ent("PERSON", "吴梦春", line=7)

# ---- line 10: “民情直通车” is a programme's brand (no ORG); 纪委信访工作 names a field of work, no body
# ---- line 11: 陕北 is a region (no ADMIN); 党和政府 generic

# ---- line 17
p.ent("PERSON", "马军", line=17)

# ---- line 21
p.ent("ORG", "市纪委", line=21)                 # 今年市纪委组织…: the city's commission acting
#   全市, 全国: level words; “小官大贪” carries no numeral

# ---- line 24
p.ent("ORG", "子洲县纪委", line=24)
p.ent("PERSON", "吴梦春", line=24)

# ---- line 26
p.ent("ADMIN", "淮宁湾镇", line=26)
p.ent("ADMIN", "子洲县", line=26)

# ---- line 28
p.ent("ORG", "子洲县纪委信访室", line=28)        # a sub-unit written after its organ: one ORG
p.ent("PERSON", "石小东", line=28)

# ---- blocks: one article; the time-stamp lines head the timeline's sections
p.block(1, 1, "BODY", article=1)
for ln in (3, 6, 9, 13, 19, 23):
    p.block(ln, ln, "CROSSHEAD", article=1)
p.block(4, 4, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(10, 11, "BODY", article=1)
p.block(14, 17, "BODY", article=1)
p.block(20, 21, "BODY", article=1)
p.block(24, 28, "BODY", article=1)

p.save()
