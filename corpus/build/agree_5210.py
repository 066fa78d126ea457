"""agree-page-5210: 中共四川省委统战部 web page (no date printed), one article with no title on the
page: the 黑水县 党外知识分子乡村振兴共建示范村 plaque ceremony. Second-pass annotation."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5210", "corpus/raw/pages/5210_heishui_dangwai_zhishifenzi.txt",
         publisher="中共四川省委统战部", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ADMIN", "黑水县", line=1, nth=1)            # “黑水县党外知识分子乡村振兴共建示范村”: a title, unit inside (decision 2)
p.ent("ADMIN", "黑水县", line=1, after="”在")       # 在黑水县|知木林镇|维多村
p.ent("ADMIN", "知木林镇", line=1, nth=1)
p.ent("ADMIN", "维多村", line=1, nth=1)
p.ent("ORG", "黑水县人大常委会", line=1)            # …副主任
p.ent("ORG", "黑水县知新会", line=1)                # …会长 (知识分子和新的社会阶层人士联谊会)
p.ent("PERSON", "泽里措", line=1)
p.ent("ORG", "县委统战部", line=1)                  # …副部长
p.ent("PERSON", "恩波夺尔基", line=1)
p.ent("ORG", "知木林镇党委", line=1, nth=1)          # 知木林镇党委书记
p.ent("PERSON", "陈婷婷", line=1)
p.ent("ORG", "知木林镇党委", line=1, after="陈婷婷")  # 知木林镇党委副书记、镇长
p.ent("PERSON", "斯凯峰", line=1)
p.ent("ORG", "知木林镇党委", line=1, after="斯凯峰")  # 知木林镇党委副书记
p.ent("PERSON", "余海平", line=1)
p.ent("ORG", "知木林镇维多村总支部", line=1)         # the village's Party general branch, prefix inside
p.ent("PERSON", "叶格木", line=1)

# ---- line 2
p.ent("ADMIN", "黑水县", line=2)                    # 是黑水县不断提升…
#   千村共建行动 (twice): 千 counts target villages, not the campaign's parts -> no slogan (see notes)

# ---- line 3
p.ent("PERSON", "泽里措", line=3)
p.ent("ORG", "省委", line=3)                        # 省委“…”要求: the provincial committee issues
p.slogan("PER_UNIT", "一基地一特色一品牌")            # like 一村一品 / 一小组一特色; items not spelled out
p.ent("ORG", "县委", line=3)                        # 县委决策部署
#   统战部门: generic (no level, a kind of department) -> no span
p.ent("ORG", "知新会", line=3)                      # 知新会人才队伍: the county's 知新会 named again
#   乡镇党委: a level word before an organ, a generic class -> no span
#   中国式现代化: fixed political term -> no span
p.ent("ADMIN", "黑水", line=3)                      # 黑水新篇章: bare name of the county

# ---- blocks: one article, no title on the page
p.block(1, 3, "BODY", article=1)

p.save()
