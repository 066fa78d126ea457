"""page-4009: 楚雄日报 (text credited 来源:楚雄日报, copy on 云南人大网 ynrd.gov.cn, 州市人大 channel),
2026-02-11, one article: 法治护航践初心 履职担当谋发展——2025年楚雄州人大常委会工作综述.
Text as returned by the `pages` store, from its title (the breadcrumb above it dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4009", "corpus/raw/pages/4009_chuxiong_renda_review.txt",
         publisher="楚雄日报", date="2026-02-11", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "楚雄州人大常委会", line=1)

# ---- line 2: web meta line (decision 12: one BYLINE span per labelled credit, date outside)
p.byline("BYLINE", "来源:楚雄日报", line=2)
p.ent("ORG", "楚雄日报", line=2)

# ---- line 4: lead paragraph
p.ent("ORG", "楚雄彝族自治州人大常委会", line=4)
p.slogan("PARALLEL", "3815", line=4)               # “3815”战略发展目标: a quoted code of digits
#   滇中地区: a region, no span
p.ent("ADMIN", "楚雄", line=4, after="中国式现代化")  # 中国式现代化楚雄篇章: no span for 中国 (fixed term)

# ---- line 10
p.ent("ORG", "楚雄州人大常委会", line=10)
#   人大工作 (x2): the field of work, no span
p.ent("ORG", "州委", line=10, nth=1)               # 州委中心工作
#   常委会领导班子: a bare 常委会, no span (bare institution type)
p.ent("ORG", "州委", line=10, nth=1)               # 州委决策部署 (the first is taken already)

# ---- line 14: photo caption
#   驻楚: one-character short form, no span; 全国、省、: level words sharing 人大代表
p.ent("ORG", "州人大", line=14)                    # 州人大代表 -> the prefecture's people's congress
p.ent("ADMIN", "楚雄", line=14)                    # 滇中引水工程楚雄段: unit inside a project's name

# ---- line 20
p.slogan("PLAN", "十五五", line=20)
#   “调研——检查——质询——整改——跟踪”闭环机制: no numeral, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)      # 发布时间 … 来源:楚雄日报 … 【字体】 分享到
p.block(4, 4, "BODY", article=1)
p.block(8, 8, "CROSSHEAD", article=1)
p.block(10, 10, "BODY", article=1)
p.block(14, 14, "CAPTION", article=1)   # caption of a picture the store dropped
p.block(18, 18, "CROSSHEAD", article=1)
p.block(20, 20, "BODY", article=1)
p.block(24, 24, "CAPTION", article=1)   # 开展执法检查。 (caption of a dropped picture)
p.block(28, 28, "CROSSHEAD", article=1) # last stored line: its section's text was not stored

p.save()
