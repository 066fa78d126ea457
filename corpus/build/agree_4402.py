"""agree-page-4402: 滁州网 (source tag 滁州网讯), one article: 市委副书记许继伟主持召开市人大代表、政协委员及党外人士
座谈会, 12月27日 (year 2017 by the text's 2018年度 / 回顾过去五年和2017年工作; not printed). Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4402", "corpus/raw/pages/4402_chuzhou_xujiwei_zuotanhui.txt",
         publisher="滁州网", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: the page's title
p.ent("ORG", "滁州市委", line=1)            # 滁州市委副书记: contracted title keeps the organ
p.ent("PERSON", "许继伟", line=1)

# ---- line 3: the article's headline
p.ent("PERSON", "许继伟", line=3)
p.ent("ORG", "市人大", line=3)              # 市人大代表 -> ORG 市人大 (shortened title keeps its organ)
p.ent("ORG", "政协", line=3)                # 政协委员, sharing the 市 of 市人大代表: the city CPPCC
# line 5: 《政府工作报告》: the document's kind, no span

# ---- line 7: byline and lead
p.byline("BYLINE", "滁州网讯(记者喻 松)", line=7)
p.ent("ORG", "滁州网", line=7)
p.ent("PERSON", "喻 松", line=7)
p.ent("ORG", "市委", line=7)                # 市委副书记许继伟
p.ent("PERSON", "许继伟", line=7)
p.ent("ORG", "市人大", line=7, nth=1)       # 向市人大代表
p.ent("ORG", "政协", line=7)
p.ent("ORG", "市人大常委会", line=7)         # 市人大常委会副主任沈中林
p.ent("PERSON", "沈中林", line=7)
p.ent("ORG", "市政府", line=7)               # 市政府秘书长焦义朝
p.ent("PERSON", "焦义朝", line=7)

# ---- line 9: no entity (乡村振兴战略 etc. are policies)

# ---- line 11
p.ent("PERSON", "许继伟", line=11, nth=1)
# 对政府工作的关心支持: generic 政府, no span; 报告起草组: an unnamed drafting team, no span
p.ent("ADMIN", "滁州", line=11, nth=1)       # 关心滁州的发展
p.ent("ORG", "中央", line=11)                # 中央精神和省委、省政府要求: the centre as issuer
p.ent("ORG", "省委", line=11)
p.ent("ORG", "省政府", line=11)
p.ent("ADMIN", "滁州", line=11, after="切合")  # 切合滁州发展实际
p.ent("PERSON", "许继伟", line=11)            # 许继伟还就…
p.ent("ADMIN", "滁州", line=11, every=True, after="许继伟还就")  # the three 进一步体现滁州… clauses
# 三点意见: the speaker's three points, a count in prose (no formula)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)   # the site's title line
p.block(3, 3, "HEADLINE", article=1)   # the print title
p.block(5, 5, "SUBHEAD", article=1)    # adds the facts (就…征求意见)
p.block(7, 11, "BODY", article=1)

p.save()
