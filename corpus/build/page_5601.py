"""page-5601: 东宁县人民政府 (dongning.gov.cn, county portal of 东宁县, now 东宁市, 牡丹江市, 黑龙江),
2011-03-03, one item: 鸡西考察团莅临我县参观考察 (supplied by 东宁县供销联社).
Text as returned by the `pages` store, from its title; layout spaces trimmed (see notes)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5601", "corpus/raw/pages/5601_dongning_jixi_kaochatuan.txt",
         publisher="东宁县人民政府", date="2011-03-03", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "鸡西", line=1)                     # 鸡西考察团: the delegation is no ORG (1601's 雄县考察团); 我县: no span

# ---- line 3: 日期:… 发布人: 作者: 来源: 浏览量: (every label empty) -> PAGE, no spans

# ---- line 8: the body
p.ent("ORG", "鸡西市委组织部", line=8)
#   农口单位, 各县(市)、区: generic / level words, no span
p.ent("ORG", "牡丹江市产业办", line=8)             # the city's industry office
p.ent("ADMIN", "东宁县", line=8, nth=1)            # 对东宁县黑木耳产业进行了实地考察
p.ent("ORG", "县委", line=8)                        # 县委副书记 -> ORG + title
p.ent("PERSON", "孙吉舜", line=8, nth=1)
p.ent("ORG", "县社", line=8)                        # 县社主任: 县社 = the county supply and marketing cooperative (short form)
p.ent("PERSON", "戴元平", line=8)
p.ent("ADMIN", "绥阳镇", line=8)                    # 绥阳镇领导
p.ent("ADMIN", "东宁县", line=8, after="参观了")      # 东宁县绥阳黑木耳批发大市场: a market is a place (decision 14) ...
p.ent("ADMIN", "绥阳", line=8, after="参观了")        # ... the units inside it are ADMIN (decision 2)
p.ent("ORG", "大合菌包厂", line=8)                  # an enterprise (a spawn-bag factory), named
p.ent("ADMIN", "柞木村", line=8)                    # 柞木村标准化育菌房: a facility, the village inside it
#   越冬耳栽培示范区: a demonstration site, no span
p.ent("PERSON", "孙吉舜", line=8, after="每到一处")   # 孙吉舜副书记
p.ent("ADMIN", "东宁县", line=8, after="工作情况和")  # 东宁县黑木耳产业发展情况
p.ent("ADMIN", "东宁", line=8, after="经常到")        # 到东宁来参观学习

# ---- line 13: closing credit line (no brackets) -> CREDIT, stays in the article's BODY
p.byline("CREDIT", "东宁县供销联社  刘敬春 郭鑫供稿", line=13)
p.ent("ORG", "东宁县供销联社", line=13)
p.ent("PERSON", "刘敬春", line=13)
p.ent("PERSON", "郭鑫", line=13)

# ---- line 15: (责任编辑:县社) -> editor line, PAGE; its unit keeps its span
p.ent("ORG", "县社", line=15)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")          # 日期:2011-03-03 发布人: 作者: 来源: 浏览量:1006 (no credit in any field)
p.block(8, 8, "BODY", article=1)
p.block(13, 13, "BODY", article=1)   # a line holding only a CREDIT stays in its article's BODY
p.block(14, 14, "PAGE")        # 2011年3月1日: a date-only line
p.block(15, 15, "PAGE")        # (责任编辑:县社): editor line

p.save()
