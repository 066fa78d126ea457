"""page-2710: 始兴县人民政府 (gdsx.gov.cn, section 始兴要闻), one feature article:
始终兴旺地 最美生态城. Text as returned by the `pages` store, from its title (the banner
"今天是:" above it dropped); the stored text breaks off in the paragraph after the last one
kept ("始兴县将招商引资作为经济发展的不二法门"), which was dropped. Date not printed."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2710", "corpus/raw/pages/2710_shixing_shengtaicheng.txt",
         publisher="始兴县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: headline 始终兴旺地 最美生态城 (a pun on 始兴: no span)

# ---- line 3
p.ent("ADMIN", "始兴", line=3)

# ---- line 7: image file name (PAGE), names kept
p.ent("ADMIN", "始兴", line=7)                 # 生态始兴 (decision 2)
p.ent("PERSON", "邓斌", line=7)                # the photographer named in the file name

# ---- line 9: caption with photo credit
p.ent("ADMIN", "始兴", line=9)                 # 绿色始兴
p.byline("PHOTO", "(邓斌/摄)", line=9)
p.ent("PERSON", "邓斌", line=9)

# ---- line 12
p.ent("ADMIN", "始兴县", line=12)
#   “头号工程”: 头号 is "number one", no count: no formula

# ---- line 16: crosshead
p.ent("ADMIN", "始兴", line=16)                # 兴旺始兴

# ---- line 18
p.ent("ADMIN", "始兴", line=18, nth=1)         # 始兴竹林资源丰富
p.ent("ADMIN", "始兴", line=18, after="走进")   # 走进始兴
p.ent("ORG", "始兴县委", line=18)              # longer span first
p.ent("ADMIN", "始兴", line=18, after="守望者")  # 始兴的竹
p.ent("ORG", "县政府", line=18)
p.ent("ORG", "华鹂", line=18)                  # companies named in their projects' names (decision 2: an organisation inside a name is ORG)
p.ent("ORG", "新飞", line=18)
p.ent("ORG", "必硕", line=18)
#   四素分离(纤维素、半纤维素、木质素、黄酮素): a technical process, not a policy formula

# ---- line 22: image file name (PAGE)
p.ent("ADMIN", "始兴县", line=22)              # 始兴县北山竹海; 北山竹海 is a scenic place

# ---- line 26
p.ent("ADMIN", "始兴", line=26, nth=1)         # 始兴将坚持
p.ent("ADMIN", "始兴", line=26, after="建设兴旺")  # 兴旺始兴

# ---- slogans
p.slogan("PARALLEL", "百千万工程", every=True)  # lines 3 and 12
p.slogan("GROUP", "四大战略", line=12)
p.slogan("COUNT", "六个聚焦", line=12)
p.slogan("GROUP", "四大跃升", line=12)
# “464”发展思路: a code of digits (decision: “1310”, “153” are PARALLEL); its three parts are
# printed before it; the items are located with find_all (spanlib's expansion looks only after)
(s464,) = p.slogan("PARALLEL", "464", line=12)
lo, hi = p.line_bounds[12 - 1]
s464["expansion"] = [list(p.find_all(x, lo, hi)[0]) for x in ("四大战略", "六个聚焦", "四大跃升")]

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(7, 7, "PAGE")                  # picture file name (placeholder, 24NN decision)
p.block(9, 9, "CAPTION", article=1)
p.block(12, 12, "BODY", article=1)
p.block(16, 16, "CROSSHEAD", article=1)
p.block(18, 18, "BODY", article=1)
p.block(22, 22, "PAGE")                # picture file name
p.block(24, 24, "CAPTION", article=1)
p.block(26, 26, "BODY", article=1)

p.save()
