"""page-5813: 中共常州市新北区委组织部 (组织部 site zzb.cznd.gov.cn, 党建 channel), 2017-06-26 (from the URL),
one article: the department's Party branch visits 常高新's Party-building centre and holds its 7th
study session. The stored text has no title line: it opens with the body. Text as returned by the
`pages` store; nothing was cut (its last paragraph ends on a full stop)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5813", "corpus/raw/pages/5813_xinbei_zzb_zhibu_xuexi.txt",
         publisher="中共常州市新北区委组织部", date="2017-06-26", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: lead paragraph
p.ent("ORG", "组织部党支部", line=1)                 # the department's own branch, named with its parent
p.slogan("PARALLEL", "两学一做", line=1)
# 三大一实干 / 三强一争先: each stands alone as a formula (三大一实干 is also quoted alone on line 3),
# so two spans each time they are joined by 、 (annotation.md: parts that are complete formulas)
p.slogan("PARALLEL", "三大一实干", every=True)        # lines 1, 3 (x3)
p.slogan("PARALLEL", "三强一争先", every=True)        # lines 1, 3 (x2)
p.ent("ORG", "区委组织部", line=1, nth=1)             # 区委组织部组织全体工作人员
p.ent("ORG", "常高新", line=1)                      # 常高新的党建活动中心: the company; the centre is a venue
p.ent("ORG", "区委组织部", line=1)                  # 区委组织部副部长
p.ent("ORG", "区级机关工委", line=1)
p.ent("ORG", "区委非公有制经济和社会组织工委", line=1)
p.ent("PERSON", "巢峰飙", line=1)
#   支部第七次集中学习: bare 支部, no span; 部机关: the department's own staff, no span

# ---- line 2: "1" = picture placeholder (PAGE)

# ---- line 3: the department head's three requirements
#   部各处室: generic; 大走访: an activity
p.ent("PERSON", "嘉秀娟", line=3)                   # 嘉秀娟部长
#   省、市、区: level words, no span; 三点要求: a count in prose, no formula
p.ent("ORG", "区委", line=3)                        # 对照区委“三大一实干、三强一争先”的活动要求

# ---- line 4
p.ent("ORG", "老干部工作处", line=4)                # the department's own offices (decision 13)
p.ent("ORG", "干部人事档案管理中心", line=4)
#   “党史大家谈”: an activity, no span
p.ent("ADMIN", "延安", line=4)                      # 微党课《延安精神》 (cf. 大庆精神 -> 大庆 on 3402)
p.ent("ADMIN", "西安", line=4)                      # 《西安事变》 (cf. 西安事变 -> 西安 on 1515)
p.ent("ORG", "常高新集团公共关系部", line=4)         # sub-unit with its parent (decision 13)
p.ent("PERSON", "左裔", line=4)

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "PAGE")                               # picture placeholder "1"
p.block(3, 4, "BODY", article=1)

p.save()
