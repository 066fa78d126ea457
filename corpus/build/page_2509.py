"""page-2509: 沁水县人民政府 (xxgk.qinshui.gov.cn, 中村镇 section of the county's
information-disclosure site), 2025-09-19, one article: 中村镇闻“汛”而动全力筑牢防汛安全屏障.
Text as returned by the `pages` store, from its title; its last paragraph (cut off mid-sentence:
本次强降雨过程是对我镇应急能力的一次实战) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2509", "corpus/raw/pages/2509_qinshui_zhongcun_fangxun.txt",
         publisher="沁水县人民政府", date="2025-09-19", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "中村镇", line=1)

# ---- line 3: meta line (发布日期 outside; 发布机构 field is the BYLINE, decision 12 / 16NN rule)
p.byline("BYLINE", "发布机构: 中村镇", line=3)
p.ent("ADMIN", "中村镇", line=3)        # the township named as issuer: a unit's name (like 【新北市訊】)

# ---- line 5
#   省、市、县: level words, no span
p.ent("ORG", "中村镇党委", line=5)      # 中村镇党委、政府: bare 政府 gets no span (糜镇党委政府 rule)
#   全镇: level word

# ---- line 7 (一、 run-in head: BODY)
p.ent("ORG", "镇党委", line=7)          # level word + organ, like 县委; bare 政府 no span
#   各村、各部门: generic

# ---- line 9, 13: no entity (各村, 网格员, 镇村应急队伍: generic)

# ---- line 11: the formula
p.slogan("PER_UNIT", "一对一", line=11)  # guideline §3: 一对一 is PER_UNIT

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # 发布日期 … 发布机构: 中村镇
p.block(5, 13, "BODY", article=1)       # numbered paragraphs with run-in heads are BODY

p.save()
