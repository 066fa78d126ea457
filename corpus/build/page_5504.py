"""page-5504: 泰宁县人民政府 (fjtn.gov.cn county portal, 政务公开 > 工作报告), 2022-01-04, one item:
2022年政府工作报告 (the county government's work report, its opening). Text as returned by the `pages`
store; its last paragraph (——政策争取有新成效。… 泰宁是全省唯一入) was cut mid-sentence and dropped.
The store's copy has lost the report's footnote brackets: the footnote numbers are glued to the text
(四个更大1重要要求, 五促一保一防一控3三抓一促4)); they are left as stored."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5504", "corpus/raw/pages/5504_taining_zhengfu_gongzuo_baogao.txt",
         publisher="泰宁县人民政府", date="2022-01-04", script="simplified", origin="pages")

# ---- line 2: web meta line (decision 12)
p.byline("BYLINE", "来源:泰宁县政府网", line=2)
p.ent("ORG", "泰宁县政府网", line=2)                # an organ's own web site is ORG (莲花县人大信息网)

# ---- line 6
p.ent("ORG", "县人民政府", line=6)
#   政协各位委员: bare 政协, left without a span (annotation.md: bare 政协 mostly none)

# ---- line 10
p.ent("ADMIN", "泰宁", line=10, nth=1)              # 是泰宁发展进程中
p.ent("PERSON", "习近平", line=10, nth=1)
p.ent("ADMIN", "福建", line=10, nth=1)              # 亲临福建三明视察
p.ent("ADMIN", "三明", line=10, nth=1)
p.ent("ADMIN", "福建", line=10, nth=1)              # 对福建工作
p.slogan("COUNT", "四个更大", line=10)               # “四个更大”重要要求; the footnote number 1 glued after it stays outside
p.slogan("COUNT", "四项重点任务", line=10)            # the four key tasks set for 福建 (N项 + content, like 八项规定)
p.ent("ADMIN", "三明", line=10, nth=1)              # 对三明医改
p.ent("ADMIN", "泰宁", line=10, nth=1)              # 为泰宁高质量发展指明了方向
p.ent("ORG", "国务院", line=10)
#   (国发〔20213号): an issuer's code inside a document number, no ORG
p.ent("ORG", "中央", line=10)                       # 中央明确…: the centre acting
p.ent("ORG", "国铁集团", line=10)
p.ent("ADMIN", "泰宁", line=10, nth=1)              # 对口支援泰宁
p.ent("ORG", "省总工会", line=10)
p.ent("ADMIN", "泰宁", line=10, nth=1)              # 挂钩帮扶泰宁
p.ent("ADMIN", "泰宁", line=10, nth=1)              # 为泰宁高质量发展创造了
#   县第十三次党代会: a Party congress session (event), no ORG; 来闽、来明: one-character short forms, no ADMIN
p.ent("PERSON", "习近平", line=10, nth=1)

# ---- line 12
p.slogan("PARALLEL", "五促一保一防一控", line=12)     # footnote 3 glued after it
p.slogan("PARALLEL", "三抓一促", line=12)            # footnote 4) glued after it

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 4, "BODY", article=1)         # salutation
p.block(6, 6, "BODY", article=1)
p.block(8, 8, "CROSSHEAD", article=1)    # numbered heading 一、…
p.block(10, 12, "BODY", article=1)

p.save()
