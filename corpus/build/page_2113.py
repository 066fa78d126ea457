"""page-2113: 浦北县人大常委会 site (pbxrd.gov.cn, 浦北县, 钦州, 广西), 2023-09-13, one article:
平睦镇:防汛抗洪 人大代表上一线. Text as returned by the `pages` store, from its first line
(site furniture above the title kept); the last paragraph (11日凌晨2点,…镇党委副书记), cut off
mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2113", "corpus/raw/pages/2113_pubei_pingmu_fangxun.txt",
         publisher="浦北县人大常委会", date="2023-09-13", script="simplified", origin="pages")

# ---- line 4: headline
p.ent("ADMIN", "平睦镇", line=4)
#   人大代表上一线: deputies in general, no span

# ---- line 5: web meta line (decision 12): the labelled source is a BYLINE, its unit ORG
p.byline("BYLINE", "文章来源:浦北县人大", line=5)
p.ent("ORG", "浦北县人大", line=5)
#   发布者:admin: a CMS account, names no one -> no span

# ---- line 7: first paragraph
p.ent("ADMIN", "浦北县", line=7)
p.ent("ADMIN", "平睦镇", line=7)                    # 浦北县|平睦镇
p.ent("ORG", "平睦镇党委", line=7)
#   、人大、政府: bare 人大 / 政府 after 平睦镇党委 -> no span (糜镇党委政府 precedent)

# ---- line 9: caption
p.ent("ORG", "镇人大", line=9)                      # 镇人大代表 -> ORG 镇人大 (shortened title)
p.ent("ORG", "镇党委", line=9)                      # 镇党委副书记
p.ent("PERSON", "吴达立", line=9)

# ---- line 10: body: 全镇各级人大代表、镇、村干部 -> generic, no span

# ---- line 12: caption
p.ent("ORG", "县人大", line=12)                     # 县人大代表
p.ent("PERSON", "黄汶", line=12)
p.ent("ORG", "镇人大", line=12)
p.ent("PERSON", "李枝东", line=12)

# ---- line 13: body
#   县镇人大代表 (deputy to both the county and the town congress): no one body named, no span
p.ent("ORG", "镇人大", line=13, after="人大代表、")   # 镇人大主席
p.ent("PERSON", "陈栋日", line=13)
p.ent("ADMIN", "富足村委", line=13)                 # the village standing in a chain of places
#   新屋村民小组: below village level, no span (decision 3)

# ---- line 16: caption
p.ent("ORG", "镇人大", line=16)                     # 镇人大代表 (first)
#   人大副主席: bare 人大, no span (as on line 7)
p.ent("PERSON", "谭德美", line=16)
p.ent("ORG", "镇人大", line=16, after="(后),")       # 镇人大代表 (second)
p.ent("ADMIN", "平睦社区", line=16)                 # 平睦社区支书: unit + contracted title
p.ent("PERSON", "黄科平", line=16)

# ---- blocks
p.block(1, 3, "PAGE")           # 当前在线 / 首 页 / breadcrumb
p.block(4, 4, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)   # 字体 … 文章来源:浦北县人大 … 发布时间 …
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "CAPTION", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "CAPTION", article=1)
p.block(13, 13, "BODY", article=1)
p.block(16, 16, "CAPTION", article=1)

p.save()
