"""page-4804: 仁寿县司法局, a county department's item (发布人/来源 仁寿县司法局) in the 部门动态 section of
the 仁寿县人民政府 portal (copy stored at sunysa.com), 2025-03-11: 文林片区司法所's law-popularisation
fair at 青岗乡盘龙村. Text as returned by the `pages` store, from its title; the section label 部门动态
above the title and the last paragraph (cut off mid-sentence: 此次活动吸引…通过沉浸式、场景) are left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4804", "corpus/raw/pages/4804_renshou_sifaju_pufa.txt",
         publisher="仁寿县司法局", date="2025-03-11", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "文林片区司法所", line=1)     # a named 司法所 (its area's name opens it), acting: one ORG
#   法治春风伴游园: an activity's name, no span

# ---- line 3: web meta line (decision 12: one BYLINE span per labelled credit, timestamp outside)
p.byline("BYLINE", "发布人:仁寿县司法局", line=3)
p.byline("BYLINE", "来源:仁寿县司法局", line=3)
p.ent("ORG", "仁寿县司法局", line=3, every=True)   # twice

# ---- line 6
p.ent("ADMIN", "青岗乡", line=6)
p.ent("ADMIN", "盘龙村", line=6)
p.ent("ORG", "文林片区司法所", line=6)
p.ent("ADMIN", "青岗乡", line=6)
#   菜花节: a festival, no unit inside its name

# ---- line 8
#   司法所工作人员: bare institution type (decision 13), no span; 民法典, 法律援助法, 宪法: laws, no span

# ---- line 10
p.slogan("PER_UNIT", "一对一", line=10)
p.ent("PERSON", "张某", line=10)           # anonymised name (decision 6)

# ---- line 12
#   身边|司法所发放: the run-in head ends at 身边; bare 司法所, no span
#   《村民实用法规100问》: a title with a number, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 4, "PAGE")                      # 分享: (site furniture)
p.block(6, 12, "BODY", article=1)          # run-in heads (法治游戏普法添趣味 …) stay BODY

p.save()
