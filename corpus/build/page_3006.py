"""page-3006: 上海市松江区中山街道 (its sub-site on songjiang.gov.cn, the 松江区 government portal),
2026-02-12, one article: the street's leaders' pre-Spring-Festival safety inspection. Text as
returned by the `pages` store; the stored text opens with the meta line (no title is stored)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3006", "corpus/raw/pages/3006_songjiang_zhongshan_jiancha.txt",
         publisher="上海市松江区中山街道", date="2026-02-12", script="simplified", origin="pages")

# ---- line 1: 【信息时间:…阅读次数: 】 date and counter only -> PAGE, no byline

# ---- line 2
p.ent("ADMIN", "中山街道", line=2)                  # 中山街道党政领导班子: the sub-district; 班子 generic

# ---- line 3
#   党工委书记: bare 党工委 with no level or unit name -> title, no ORG (decision 13)
p.ent("PERSON", "夏爱军", line=3)
#   万达广场: a shopping centre (venue, decision 14), no span, both mentions
p.ent("ORG", "永辉超市", line=3)                    # the supermarket company's store, inspected as an operator
p.ent("ORG", "永辉超市", line=3, nth=1, after="实地察看")
p.ent("PERSON", "夏爱军", line=3, after="检查中")

# ---- line 5
#   党工委副书记、办事处主任: bare organs in titles, no span
p.ent("PERSON", "李江", line=5)
#   工业区: the street's functional zone (generic), no span
p.ent("ORG", "韩科科技", line=5)                    # 韩科科技在建工地: the company's construction site
#   玛伊沙园区: a park (place, decision 3), no span
p.ent("ORG", "上海弋风环保科技有限公司", line=5)
p.ent("PERSON", "李江", line=5, after="针对重点在建工地")

# ---- line 6
p.ent("PERSON", "胡文辉", line=6)
#   府城区: the street's functional zone, not an administrative unit; 松江囍府: a residential
#   compound (no ADMIN 松江 inside, decision 2); 蓝天四村: a residential estate (新村), no span

# ---- line 7
p.ent("PERSON", "姚海萍", line=7)
#   功能区: generic; 恒都广场: a plaza (venue); 扬源文创园: a creative park (place)
p.ent("ORG", "方塔医院", line=7)                    # 方塔医院工地: a hospital (§2 ORG), its building site

# ---- line 8: 街道 (level word), no span

# ---- blocks
p.block(1, 1, "PAGE")           # 【信息时间:2026-02-12阅读次数: 】
p.block(2, 3, "BODY", article=1)
p.block(5, 8, "BODY", article=1)

p.save()
