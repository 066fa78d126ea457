"""page-2411: 建宁县人民政府 (fjjn.gov.cn, 工作动态), 2023-07-01, one article:
建宁县村(社区)组织活动场所提升改造全面完成投入使用. Text as returned by the `pages` store,
from its title; an empty table row (| | | |) under the meta line was stripped as markup."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2411", "corpus/raw/pages/2411_jianning_huodong_changsuo.txt",
         publisher="建宁县人民政府", date="2023-07-01", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "建宁县", line=1)                    # 建宁县村(社区)组织活动场所: the county as a place

# ---- line 3: web meta line with a source credit (decision 12)
p.byline("BYLINE", "来源:建宁县政府", line=3)
p.ent("ORG", "建宁县政府", line=3)

# ---- line 5: 党的二十大报告 -> no span (二十大 is no unit)

# ---- line 7
p.ent("ORG", "中国共产党", line=7)                  # 中国共产党成立102周年: the Party as an organisation
p.ent("ADMIN", "建宁县", line=7)

# ---- line 9
p.ent("ORG", "县委", line=9)                        # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "林大茂", line=9)
p.ent("ADMIN", "宁源村", line=9)
p.ent("ADMIN", "新生社区", line=9)

# ---- line 11
p.ent("ORG", "中央", line=11)                       # 贯彻落实中央、省市关于…的要求: the centre issues
p.ent("ADMIN", "建宁", line=11)                     # 建宁在全面推进…: bare county name
p.slogan("COUNT", "四个一", line=11)                # items not spelled out: no expansion
#   新建、搬迁、修缮、提升、便民化改造等五种类型: a count of kinds in prose, no formula

# ---- line 13: run-in speech tag
p.ent("PERSON", "林大茂", line=13)

# ---- lines 15, 17: no named units (乡、村两级, 县处级领导: level words)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 日期:… 来源:建宁县政府 (meta line holding a credit)
p.block(5, 17, "BODY", article=1)      # 林大茂强调 (line 13) is a speech tag leading line 15: BODY
p.block(19, 19, "PAGE")                # 扫一扫在手机上查看当前页面 (app prompt)
p.block(21, 21, "PAGE")                # 相关链接: (site furniture)

p.save()
