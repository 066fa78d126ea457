"""agree-page-5815: 互傳媒 (Taiwan news site), 屏東縣政府施政總報告, no date printed.
Second (independent) pass. One article."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5815", "corpus/raw/pages/5815_hucm_pingtung_shizheng_baogao.txt",
         publisher="互傳媒", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "屏東縣政府", line=1)          # 屏東縣政府施政總報告: the government inside a report's title (rule follows page-1604)
p.ent("PERSON", "周春米", line=1)
p.slogan("GROUP", "五大策略", line=1)        # the five parts of the county's policy programme

# ---- line 3: byline line under the headline
p.byline("BYLINE", "互傳媒/記者 范家豪", line=3)
p.ent("ORG", "互傳媒", line=3)
p.ent("PERSON", "范家豪", line=3)

# ---- line 5: bracketed desk byline + first paragraph
p.byline("BYLINE", "【互傳媒/記者 范家豪/屏東 報導】", line=5)
p.ent("ORG", "互傳媒", line=5)
p.ent("PERSON", "范家豪", line=5)
p.ent("ADMIN", "屏東", line=5)               # the desk's place inside the tag (decision 12)
p.ent("ADMIN", "屏東縣", line=5)             # 屏東縣長 -> ADMIN 屏東縣 (decision 15)
p.ent("PERSON", "周春米", line=5)
p.ent("ORG", "縣議會", line=5)               # 縣議會第20屆第6次定期會: the session is the event
p.ent("ADMIN", "屏東", line=5, before="五大面向")   # 屏東韌性 (a unit inside a policy name, decision 2)
# 「全齡照顧、城市進化、產業升級、文化觀光、屏東韌性」五大面向: items printed before the count
items = ["全齡照顧", "城市進化", "產業升級", "文化觀光", "屏東韌性"]
lo, hi = p.line_bounds[4]
pos, pairs = lo, []
for it in items:
    st, en = p.find_all(it, pos, hi)[0]
    pairs.append([st, en]); pos = en
g = p.slogan("GROUP", "五大面向", line=5)
g[0]["expansion"] = pairs
# 周縣長: surname + title, no span; 縣政: no span
p.ent("ADMIN", "屏東", line=5, after="象徵")    # 屏東全齡照顧政策

# ---- line 9
p.ent("PERSON", "周春米", line=9)            # 縣長周春米
p.ent("ORG", "縣府", line=9)                 # 縣府近年積極推動 (縣府 = 縣政府, ORG)
# 全縣: level word, no span

# ---- line 11
p.ent("ORG", "中央", line=11)                # 中央將加碼…: the central authority acting
p.ent("ORG", "縣府", line=11, every=True)    # 縣府同步推出, 縣府已編列
p.ent("ADMIN", "屏東", line=11)              # 居住屏東滿一年

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")                        # 廣告: an ad placeholder (like 图片 placeholders)
p.block(9, 11, "BODY", article=1)

p.save()
