"""page-3113: 河北法制报 (szbz.hbfzb.com e-paper), 2023-09-05, one article on 灵寿县's
"三个三" mechanism for resolving disputes (政法 / law-and-order work). Text as returned by the
`pages` store; the store has no title line for it (it opens with the byline), and its last
paragraph ("灵寿县以乡") is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3113", "corpus/raw/pages/3113_hbfzb_lingshou_fengqiao.txt",
         publisher="河北法制报", date="2023-09-05", script="simplified", origin="pages")

# ---- line 1: boxed byline
p.byline("BYLINE", "□ 河北法制报记者 张哲", line=1)
p.ent("ORG", "河北法制报", line=1)                 # the medium signing the byline
p.ent("PERSON", "张哲", line=1)

# ---- line 2: lead paragraph
p.ent("ORG", "灵寿县委", line=2)
p.ent("ORG", "县政府", line=2)                     # 灵寿县委、县政府: two organs
p.ent("ADMIN", "枫桥", line=2)                     # 新时代“枫桥经验”: the town inside a method's name (decision 2)
p.slogan("COUNT", "三个三", line=2,
         expansion=["三个中心", "三类机构", "三支队伍"])
p.slogan("COUNT", "三个中心", line=2)             # quoted counts naming the parts of 三个三
p.slogan("COUNT", "三类机构", line=2)
# 三支队伍: its items are spelled out in line 5 (一是/二是/三是)
p.slogan("COUNT", "三支队伍", line=2,
         expansion=["一村一调解员", "一村一辅警", "一村一法律顾问"])
#   县乡村三级 (levels), 源头治理、调解为先… (no numeral): no formula

# ---- lines 3-4: crosshead
p.slogan("COUNT", "三支队伍", line=3)

# ---- line 5
p.ent("ADMIN", "灵寿县", line=5)
#   三支矛盾纠纷排查化解队伍: prose count; 第一道“过滤网”: ordinal; 派出所: bare institution type
p.slogan("PER_UNIT", "一村一调解员", line=5)
p.slogan("PER_UNIT", "一村一辅警", line=5, every=True)       # twice
p.slogan("PER_UNIT", "一村一法律顾问", line=5, every=True)   # twice
#   最后一公里: idiom, no formula

# ---- lines 6-7: crosshead (its paragraph, cut off in the store, is dropped)
p.slogan("COUNT", "三类机构", line=6)

# ---- blocks (no title line in the stored text)
p.block(1, 1, "BYLINE", article=1)
p.block(2, 2, "BODY", article=1)
p.block(3, 4, "CROSSHEAD", article=1)
p.block(5, 5, "BODY", article=1)
p.block(6, 7, "CROSSHEAD", article=1)

p.save()
