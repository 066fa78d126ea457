"""agree-page-3905: 萧山网, 2018-09-04, one web article (蜀山街道 文明迎检 meeting), title
repeated as the alt text of six photos. Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3905", "corpus/raw/pages/3905_xiaoshan_shushan_wenming.txt",
         publisher="萧山网", date="2018-09-04", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

TITLE_LINES = [1, 7, 11, 17, 23, 29, 33]

# ---- the title, printed on line 1 and again under every photo: 蜀山 = 蜀山街道 (bare name)
for ln in TITLE_LINES:
    p.ent("ADMIN", "蜀山", line=ln)

# ---- line 3: meta line
p.byline("BYLINE", "内容来源:萧山网", line=3)       # labelled credit; timestamp outside
p.ent("ORG", "萧山网", line=3)

# ---- line 5
p.ent("ADMIN", "蜀山街道", line=5)

# ---- line 9
p.ent("ORG", "街道党工委", line=9)                  # level word + organ (like 镇政府)
p.ent("ORG", "办事处", line=9)                      # 办事处主任: the (街道)办事处, contracted title (dec. 15)
p.ent("PERSON", "楼海锋", line=9)
p.ent("ORG", "党工委", line=9, after="楼海锋、")     # 党工委委员: the same 街道党工委, bare organ
p.ent("PERSON", "张海英", line=9)
#   文卫副主任: a title (deputy director for 文卫), no organ
p.ent("PERSON", "张炯明", line=9)
#   街道各职能部门: generic
for c in ["山水苑社区", "广宁社区", "秀水社区", "湘源社区", "湖山社区"]:
    p.ent("ADMIN", c, line=9)

# ---- line 13 (caption)
p.ent("ORG", "街道党工委", line=13)
p.ent("ORG", "办事处", line=13)
p.ent("PERSON", "楼海锋", line=13)

# ---- line 15
p.ent("PERSON", "楼海锋", line=15)
#   四点要求:… : a count in prose, no formula

# ---- line 19 (caption)
p.ent("ORG", "街道党工委", line=19)
p.ent("PERSON", "张海英", line=19)

# ---- line 21
p.ent("PERSON", "张海英", line=21, every=True)      # three times
#   六点要求:… : prose

# ---- line 25 (caption): 街道文卫副主任 -> level word + title, no span
p.ent("PERSON", "张炯明", line=25)

# ---- line 27
p.ent("PERSON", "张炯明", line=27)

# ---- line 31
p.ent("ORG", "街道事务科", line=31)                 # like 街道执法中队 (seed-002)
p.ent("ORG", "城管执法中队", line=31)

# ---- blocks (one article)
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)                  # 更新时间:… 内容来源:萧山网 (decision 12)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CAPTION", article=1)                 # title printed again under a photo
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "CAPTION", article=1)
p.block(13, 13, "CAPTION", article=1)               # 街道党工委副书记、办事处主任楼海锋讲话
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "CAPTION", article=1)
p.block(19, 19, "CAPTION", article=1)
p.block(21, 21, "BODY", article=1)
p.block(23, 23, "CAPTION", article=1)
p.block(25, 25, "CAPTION", article=1)
p.block(27, 27, "BODY", article=1)
p.block(29, 29, "CAPTION", article=1)
p.block(31, 31, "BODY", article=1)                  # narrative sentence with 。 (doubt: caption?)
p.block(33, 33, "CAPTION", article=1)

p.save()
