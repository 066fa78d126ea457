import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1610", "corpus/raw/pages/1610_yongchuan_laisu_huanjie.txt",
         publisher="重庆市永川区人民政府", date="2021-03-15", script="simplified", origin="pages")

PARTY = "中共重庆市永川区来苏镇委员会"
GOV = "重庆市永川区来苏镇人民政府"
PLAN = "来苏镇第十一届村民委员会换届选举工作方案"

# ---- meta table, compact form (lines 1-4)
# line 1: 索引号 / 发文字号 来苏委发〔2021〕68号 -- a document code, no span
p.byline("BYLINE", "发布机构: 永川区来苏镇", line=2)
p.ent("ADMIN", "永川区", line=2)
p.ent("ADMIN", "来苏镇", line=2)
p.ent("ORG", GOV, line=3)
p.ent("ADMIN", "来苏镇", line=3)          # inside the document title 《来苏镇…方案》
# ---- meta table, one field a line (lines 5-12)
p.byline("BYLINE", "发布机构: 永川区来苏镇", line=7)
p.ent("ADMIN", "永川区", line=7)
p.ent("ADMIN", "来苏镇", line=7)
p.ent("ORG", GOV, line=10)
p.ent("ADMIN", "来苏镇", line=10)
# ---- the notice
# line 14: 来苏委发〔2021〕68号, document code, no span
p.ent("ORG", PARTY, line=16)
p.ent("ORG", GOV, line=18)
p.ent("ADMIN", "来苏镇", line=20)
# line 22: 各村党总支、村委会 -- generic addressees, no span
p.ent("ADMIN", "来苏镇", line=24)
p.ent("ORG", "镇党委", line=24)
p.ent("ORG", PARTY, line=26)
p.ent("ORG", GOV, line=28)
p.byline("CREDIT", PARTY + GOV, after=int(p.line_bounds[25][0]))   # joint signature, lines 26-28
# ---- the attached plan
p.ent("ADMIN", "来苏镇", line=35)
p.ent("ADMIN", "中华人民共和国", line=37)
p.ent("ORG", "中国共产党", line=37)
p.ent("ADMIN", "重庆市", line=37)
p.ent("ADMIN", "永川区", line=37, nth=1)   # 《永川区第十一届…方案》(参照)
p.ent("ADMIN", "来苏镇", line=37)          # 结合来苏镇实际
p.ent("ADMIN", "永川区", line=37, nth=1)   # 特制定《永川区第十一届…方案》
# 永川委办发〔2021〕1号, 永村(社区)换届办〔2021〕4: document codes, no span
# 全区村(社区)“两委”: level word; “两委” a count of bodies, no slogan

# ---- blocks
p.block(1, 1, "PAGE")
p.block(2, 2, "BYLINE", article=1)
p.block(3, 6, "PAGE")
p.block(7, 7, "BYLINE", article=1)
p.block(8, 14, "PAGE")
p.block(16, 20, "HEADLINE", article=1)   # issuers + 关于…的通知: one title over three lines
p.block(22, 28, "BODY", article=1)
p.block(30, 30, "PAGE")
p.block(32, 32, "BODY", article=1)
p.block(35, 35, "CROSSHEAD", article=1)
p.block(37, 37, "BODY", article=1)
p.block(39, 39, "CROSSHEAD", article=1)

if "--show" in sys.argv:
    p.show()
p.save()
