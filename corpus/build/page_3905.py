"""page-3905: 萧山网 (xsnet.cn), 2018-09-04, one article on 蜀山街道 (萧山区, 杭州):
文明迎检|踏石留印,蜀山扎实推进文明迎检工作. Text as returned by the `pages` store, from its
title (the breadcrumb above the title is left out); the last paragraph, cut off mid-sentence
(山水苑社区…就各), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3905", "corpus/raw/pages/3905_xiaoshan_shushan_wenming.txt",
         publisher="萧山网", date="2018-09-04", script="simplified", origin="pages")

TITLE_LINES = [1, 7, 11, 17, 23, 29, 33]   # the title, then printed again under every photo

# ---- title and its copies: 蜀山 = 蜀山街道 (bare name of the sub-district)
for ln in TITLE_LINES:
    p.ent("ADMIN", "蜀山", line=ln)

# ---- line 3: meta line (timestamp outside, labelled source = BYLINE)
p.byline("BYLINE", "内容来源:萧山网", line=3)
p.ent("ORG", "萧山网", line=3)

# ---- line 5
p.ent("ADMIN", "蜀山街道", line=5)

# ---- line 9: the officials and the five communities
p.ent("ORG", "街道党工委", line=9)          # level word + organ, like 镇政府 / 街道执法中队
p.ent("ORG", "办事处", line=9)              # the street's 办事处 (街道 shared with 党工委): see notes
p.ent("PERSON", "楼海锋", line=9)
p.ent("ORG", "党工委", line=9)              # bare 党工委 of 党工委委员 (the rules take it)
p.ent("PERSON", "张海英", line=9)
#   文卫副主任: a title (no organ named), no span
p.ent("PERSON", "张炯明", line=9)
#   街道各职能部门: generic, no span
for c in ["山水苑社区", "广宁社区", "秀水社区", "湘源社区", "湖山社区"]:
    p.ent("ADMIN", c, line=9)

# ---- line 13: caption
p.ent("ORG", "街道党工委", line=13)
p.ent("ORG", "办事处", line=13)
p.ent("PERSON", "楼海锋", line=13)

# ---- line 15  (四点要求: a count in prose, no formula)
p.ent("PERSON", "楼海锋", line=15)

# ---- line 19: caption
p.ent("ORG", "街道党工委", line=19)
p.ent("PERSON", "张海英", line=19)

# ---- line 21  (六点要求: prose)
p.ent("PERSON", "张海英", line=21, every=True)

# ---- line 25: caption
p.ent("PERSON", "张炯明", line=25)

# ---- line 27
p.ent("PERSON", "张炯明", line=27)

# ---- line 31
p.ent("ORG", "街道事务科", line=31)          # the street's section (level word + organ)
p.ent("ORG", "城管执法中队", line=31)        # a named team of the street (cf. 文峰执法大队)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 13, "CAPTION", article=1)      # title copy under the photo / 楼海锋讲话 (two blocks)
p.block(15, 15, "BODY", article=1)
p.block(17, 19, "CAPTION", article=1)
p.block(21, 21, "BODY", article=1)
p.block(23, 25, "CAPTION", article=1)
p.block(27, 27, "BODY", article=1)
p.block(29, 29, "CAPTION", article=1)
p.block(31, 31, "BODY", article=1)
p.block(33, 33, "CAPTION", article=1)

p.save()
