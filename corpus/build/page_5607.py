"""page-5607: 云上大冶 (大冶市融媒体中心, Hubei), its 长江云 channel m-dayeyun.cjyun.org/p/113536.html.
Two town people's-congress items (还地桥镇, 金山店镇), no title stored; the cut last paragraph
(会议强调,…全体与会人员要切实增强责任感和) was dropped. Text as returned by the `pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5607", "corpus/raw/pages/5607_daye_huandiqiao_renda.txt",
         publisher="云上大冶", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---------------------------------------------------------------- article 1 (还地桥镇), lines 1-3
p.byline("BYLINE", "云上大冶报道(通讯员 叶光华 记者 陈婷)")
p.ent("ORG", "云上大冶", line=1)                        # the medium in its source tag
p.ent("PERSON", "叶光华", line=1)
p.ent("PERSON", "陈婷", line=1)
p.ent("ORG", "还地桥镇第十三届人民代表大会", line=1)      # congress of a numbered term; 第一次会议 is the event
# line 2: 该镇, 全镇 deictic/level words; honours: the unit inside an award's name is ADMIN
p.ent("ADMIN", "湖北省", line=2, every=True)            # 湖北省森林城镇, …生态示范镇, …十佳…镇, …民族大团结示范镇 (4)
# line 3
p.ent("ADMIN", "湖北", line=3)                          # 湖北国际物流核心枢纽 (a project/site name)
#   武鄂黄黄: one-character short forms, no span; 长江经济带, 鄂东, 光谷: regions/epithets, no span
#   “两年打基础、三年见成效、五年成规模”: counts of years (decision 10), no formula
#   临空区 … 园区: a park, no span
p.ent("ADMIN", "鄂州", line=3)                          # 鄂州花湖机场 (a site)
p.ent("ADMIN", "武汉", line=3)                          # 武汉城市圈

# ---------------------------------------------------------------- article 2 (金山店镇), lines 4-5
p.byline("BYLINE", "又讯(通讯员夏萍记者冯鑫)")             # 又讯: the item's own source tag
p.ent("PERSON", "夏萍", line=4)
p.ent("PERSON", "冯鑫", line=4)
p.ent("ORG", "金山店镇第十三届人民代表大会", line=4)
p.ent("ORG", "金山店镇政府", line=5)                    # 《金山店镇政府工作报告》 (page-1604's rule)
#   《人大工作报告》: bare 人大 in a report's kind, no span

# ---------------------------------------------------------------- blocks
p.block(1, 3, "BODY", article=1)
p.block(4, 5, "BODY", article=2)

p.save()
