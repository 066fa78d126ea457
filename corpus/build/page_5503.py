"""page-5503: 海门日报 (海门视窗, 0513.hmsc.cn, 新闻中心 > 乡镇要闻), published 2024-01-21, one article:
击鼓催征 逐梦前行 (悦来镇第十九届人民代表大会第十次会议). Text as returned by the `pages` store; its last
paragraph (报告强调…聚焦“高质量对接沪苏、高质量优江拓海、高) was cut mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5503", "corpus/raw/pages/5503_haimen_yuelai_renda.txt",
         publisher="海门日报", date="2024-01-21", script="simplified", origin="pages")

# ---- lines 1-3: site furniture
p.ent("ORG", "海门视窗", line=3)                    # the 海门 news portal named in the breadcrumb

# ---- line 7: web meta line (decision 12: one BYLINE span per labelled credit, date/counter outside)
p.byline("BYLINE", "作者:海门日报", line=7)
p.byline("BYLINE", "来源:海门日报", line=7)
p.ent("ORG", "海门日报", line=7, nth=1)
p.ent("ORG", "海门日报", line=7, nth=1)             # second free occurrence (first is taken)

# ---- line 9
p.ent("ADMIN", "悦来", line=9, before="荣担")         # 新悦来: the town's name inside an epithet (decision 2)
p.ent("ORG", "悦来镇第十九届人民代表大会", line=9)     # a congress of a numbered term; 第十次会议 is the event
p.ent("ADMIN", "悦来镇", line=9, after="下午在")      # 悦来镇会议中心: a venue, the unit inside is ADMIN
p.ent("ORG", "镇党委", line=9)                       # 镇党委书记 -> ORG + title
p.ent("PERSON", "钱雷中", line=9)

# ---- line 11
p.ent("PERSON", "黄松波", line=11)
p.ent("ORG", "悦来镇人民政府", line=11)               # 悦来镇人民政府镇长: organ + title
p.ent("PERSON", "黄洪兴", line=11)
p.ent("ORG", "悦来镇人大", line=11)                   # 悦来镇人大主席: organ + title

# ---- line 13
p.ent("ORG", "镇人大", line=13)                       # 全体镇人大代表: the town congress's deputies (阿右旗人大代表 precedent)
p.ent("ADMIN", "悦来镇", line=13)
p.ent("ORG", "区委", line=13)
p.ent("ORG", "区政府", line=13)
p.slogan("COUNT", "三个高质量", line=13)
p.slogan("GROUP", "五大新工程", line=13)
p.slogan("PLAN", "十四五", line=13)
p.ent("ADMIN", "海门", line=13)
#   “产业协同发展先行区、乡村全面振兴样板区、创新社会治理示范区” and “争当表率、争做示范、走在前列”:
#   no numeral, no formula (annotation.md: 学党史、悟思想… have no span)

# ---- line 15
p.ent("ADMIN", "悦来镇", line=15)

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "PAGE")          # breadcrumb
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 15, "BODY", article=1)

p.save()
