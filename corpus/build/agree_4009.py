"""agree-page-4009: 楚雄日报 article (copy on 云南人大网), published 2026-02-11:
法治护航践初心 履职担当谋发展——2025年楚雄州人大常委会工作综述 (one article, truncated
after its third crosshead). Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4009", "corpus/raw/pages/4009_chuxiong_renda_review.txt",
         publisher="楚雄日报", date="2026-02-11", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline (title and its ——work-review tail on one line)
p.ent("ORG", "楚雄州人大常委会", line=1)

# ---- line 2: web meta line: 发布时间 (timestamp outside) + 来源:楚雄日报 (labelled credit)
p.byline("BYLINE", "来源:楚雄日报", line=2)
p.ent("ORG", "楚雄日报", line=2)

# ---- line 4: lead paragraph
p.ent("ORG", "楚雄彝族自治州人大常委会", line=4)
p.slogan("PARALLEL", "3815", line=4)          # “3815”战略发展目标: a quoted code of digits
#   滇中地区: one-character 滇 + direction, a region, no ADMIN; 中国式现代化: fixed term
p.ent("ADMIN", "楚雄", line=4, after="中国式现代化")   # 中国式现代化楚雄篇章 -> the prefecture

# ---- line 10
p.ent("ORG", "楚雄州人大常委会", line=10)
#   人大工作 (x2): the people's congress as an institution type, no span
p.ent("ORG", "州委", line=10, every=True)       # 州委中心工作, 州委决策部署
#   常委会领导班子: bare institution type; 6个县市, 全州: level words / counts

# ---- line 14: photo caption
p.ent("ORG", "州人大", line=14)                 # 全国、省、州人大代表: 州人大 = 楚雄州人大 (cf. 阿右旗人大代表)
p.ent("ADMIN", "楚雄", line=14)                 # 滇中引水工程楚雄段 (decision 2); 驻楚: one character, no span

# ---- line 20
p.slogan("PLAN", "十五五", line=20)
#   “调研——检查——质询——整改——跟踪”闭环机制: no numeral, no formula; 河(湖)长制: no numeral

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 4, "BODY", article=1)
p.block(8, 8, "CROSSHEAD", article=1)
p.block(10, 10, "BODY", article=1)
p.block(14, 14, "CAPTION", article=1)
p.block(18, 18, "CROSSHEAD", article=1)
p.block(20, 20, "BODY", article=1)
p.block(24, 24, "CAPTION", article=1)
p.block(28, 28, "CROSSHEAD", article=1)

p.save()
