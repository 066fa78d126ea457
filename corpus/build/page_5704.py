"""page-5704: 淄博党建 (zbdj.gov.cn, the Party-building site of 中共淄博市委组织部, inferred from the
domain; 基层党组织建设 news), a township item on 木李镇 (高青县, 淄博市, 山东): the founding meeting of
the 得益农牧小镇联村党委, 2020-12-25 (publication date not printed; the url path holds 20201226).
Text as returned by the `pages` store, from its title; its last paragraph (下一步,…精准发力,打), cut off
mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5704", "corpus/raw/pages/5704_zibo_gaoqing_muli_liancun_dangwei.txt",
         publisher="淄博党建", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

CHAIN = "淄博市高青县木李镇得益农牧小镇联村党委"

# ---- line 1: headline. The committee inside the meeting's name is ORG, with every admin
#      prefix attached (§2: the whole name as written); 小镇 is a place, its committee takes its name.
p.ent("ORG", CHAIN, line=1)

# ---- line 2
p.ent("ADMIN", "山东省", line=2)
p.ent("ADMIN", "淄博市", line=2)
p.ent("ADMIN", "高青县", line=2)
p.ent("ADMIN", "木李镇", line=2)                      # 木李镇召开: the township holds the meeting
p.ent("ORG", "得益农牧小镇联村党委", line=2)
p.ent("ORG", "联村党委第一届委员会", line=2)          # the body just named, bare, with its term (县政协九届委员会)
#   并选举产生党委书记: bare 党委 + title -> no span
p.ent("ORG", "联村党委", line=2, after="委员会委员")   # 联村党委下辖8个党支部 (8个党支部: a count)

# ---- line 3: photo caption
p.ent("ORG", CHAIN + "会", line=3)                    # written 联村党委会 here

# ---- line 4
p.ent("ORG", "高青县木李镇得益牧业小镇联村党委", line=4)   # written 牧业 here
p.ent("ORG", "得益乳业", line=4)                      # the dairy company; its 土地流转片区 is a place
#   镇域: level word, no span
for v in ["木李村", "常坊村", "惠青村", "杨坊村", "东宫村", "刘三乔村", "龙湾村"]:
    p.ent("ADMIN", v, line=4)

# ---- line 5: photo caption
p.ent("ORG", CHAIN + "会", line=5)

# ---- line 6
p.ent("ORG", "得益农牧小镇联村党委", line=6)
#   联村党组织 (x2): 党组织 is a kind, never ORG; 镇、村示范教学点: level words;
#   党建、农委、建管等部门: generic fields before 等部门 -> no span; “村企共建”, “倍增”: no numeral

# ---- line 7: photo caption
p.ent("ORG", CHAIN + "会", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BODY", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(4, 4, "BODY", article=1)
p.block(5, 5, "CAPTION", article=1)
p.block(6, 6, "BODY", article=1)
p.block(7, 7, "CAPTION", article=1)

p.save()
