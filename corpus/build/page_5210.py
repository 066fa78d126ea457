"""page-5210: 中共四川省委统战部 (sctyzx.gov.cn, 四川统一战线 site, 阿坝 channel /ab/), July 2024 (year from the
url only, so no date), one article on the 黑水县 知木林镇维多村 共建示范村 plaque. The stored page opens with the
body (no title line). Its last paragraph, the credit (阿坝州委统战部供稿, cut off before its closing bracket),
was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5210", "corpus/raw/pages/5210_heishui_dangwai_zhishifenzi.txt",
         publisher="中共四川省委统战部", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ADMIN", "黑水县", line=1, nth=1)            # “黑水县党外知识分子乡村振兴共建示范村”: a designation, unit inside (decision 2)
p.ent("ADMIN", "黑水县", line=1, nth=1)            # 在黑水县知木林镇维多村
p.ent("ADMIN", "知木林镇", line=1, nth=1)
p.ent("ADMIN", "维多村", line=1, nth=1)
p.ent("ORG", "黑水县人大常委会", line=1)            # 副主任: title
p.ent("ORG", "黑水县知新会", line=1)                # 会长: title (知识分子联谊会)
p.ent("PERSON", "泽里措", line=1)
p.ent("ORG", "县委统战部", line=1)
p.ent("PERSON", "恩波夺尔基", line=1)
p.ent("ORG", "知木林镇党委", line=1, nth=1)          # 知木林镇党委书记陈婷婷
p.ent("PERSON", "陈婷婷", line=1)
p.ent("ORG", "知木林镇党委", line=1, nth=1)          # 知木林镇党委副书记、镇长斯凯峰
p.ent("PERSON", "斯凯峰", line=1)
p.ent("ORG", "知木林镇党委", line=1, nth=1)          # 知木林镇党委副书记余海平
p.ent("PERSON", "余海平", line=1)
p.ent("ORG", "知木林镇维多村总支部", line=1)        # the village's Party general branch, prefix attached
p.ent("PERSON", "叶格木", line=1)

# ---- line 2
p.ent("ADMIN", "黑水县", line=2)
#   千村共建行动: the numeral counts the villages of a campaign, not its parts -> no formula

# ---- line 3
p.ent("PERSON", "泽里措", line=3)
#   一是…二是…三是: ordinals of a speech, no formula
p.ent("ORG", "省委", line=3)                        # 突出省委“…”要求
p.slogan("PER_UNIT", "一基地一特色一品牌", line=3)   # a rule per base, like 一村一品 / 一小组一特色; items not listed
p.ent("ORG", "县委", line=3)                        # 推动县委决策部署
#   统战部门: generic, no span
p.ent("ORG", "知新会", line=3)                      # the county's 知新会 named again by its short name
#   乡镇党委: generic (level word + organ), no span
p.ent("ADMIN", "黑水", line=3)                      # 中国式现代化黑水新篇章 (中国式现代化: fixed term, no span)

# ---- blocks
p.block(1, 3, "BODY", article=1)

p.save()
