"""page-5014: 固安信息港 (guanxxg.com, the portal of 固安县, 河北), date not printed, one article:
合力传播“两岸一家亲”的正能量 / 两岸媒体豫冀行联合采访活动走进河北 (byline 本网讯(记者郝东伟)).
Text as returned by the `pages` store, from its title; the store's last footer line
(未经过本站允许,请勿将本站内容…) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5014", "corpus/raw/pages/5014_guan_liangan_meiti_hebei.txt",
         publisher="固安信息港", date=None, script="simplified", origin="pages")

# ---- lines 1-2: title deck
#   “两岸一家亲”: a set phrase (两岸 counts the two shores, 一家 is "one family"), no formula:
#   counts of places are prose (两地合作) and a set phrase is no formula (“一步跨千年”)
#   豫冀: one-character short forms, never ADMIN
p.ent("ADMIN", "河北", line=2)

# ---- line 3: source tag + lead
p.byline("BYLINE", "本网讯(记者郝东伟)", line=3)  # 本网 is never ORG
p.ent("PERSON", "郝东伟", line=3)
p.ent("ORG", "中央台办", line=3)
p.ent("ORG", "河南省台办", line=3)
p.ent("ORG", "河北省台办", line=3)
p.ent("ADMIN", "河北", line=3, after="联合采访活动")  # the event's Hebei leg (河北段)

# ---- line 4
p.ent("ADMIN", "香港", line=4)                   # 海峡两岸: no span; 太行山脉: a range
p.ent("ADMIN", "涉县", line=4)
p.ent("ADMIN", "平山县", line=4)
p.ent("ADMIN", "井陉县", line=4)
p.ent("ADMIN", "曲阳县", line=4)
p.ent("ADMIN", "河北", line=4)

# ---- line 5
p.ent("ADMIN", "涉县", line=5)
p.ent("ADMIN", "王金庄村", line=5)
p.ent("ADMIN", "涉县", line=5, after="实地了解")   # 涉县旱作石堰梯田系统: unit inside a heritage's name
p.ent("ADMIN", "平山县", line=5)
p.ent("ADMIN", "西柏坡镇", line=5)
p.ent("ADMIN", "北庄村", line=5)
p.ent("ADMIN", "井陉县", line=5)
p.ent("ADMIN", "于家村", line=5)
p.ent("ADMIN", "于家村", line=5, after="近距离感受")
p.ent("ADMIN", "曲阳县", line=5)
p.ent("ADMIN", "涿州", line=5)                   # 涿州博物馆: a venue, the unit inside it
#   定瓷: 定 is one character; 范阳文化园: an old name of 涿州 inside a park's name, no unit today

# ---- line 6
#   ‘两岸一家亲’: no formula (see line 1)
p.ent("ORG", "河北省台办", line=6)
#   太行山区: a region, no span

# ---- lines 8-10: copyright footer (PAGE); the site and its county keep their spans
p.ent("ORG", "固安信息港", line=8)
p.ent("ADMIN", "固安", line=8, after="——")
p.ent("ORG", "固安信息港", line=9)
p.ent("ADMIN", "固安", line=9, after="——")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)    # factual line after the catchy title (decision 1)
p.block(3, 6, "BODY", article=1)
p.block(7, 10, "PAGE")                 # 相关新闻 (empty link list), copyright and report lines

p.save()
