"""page-2807: 南漳县人民政府 portal (hbnz.gov.cn, run by 南漳县融媒体中心), 2025-12-25, one article:
county leaders visit the deputies of the 南漳 people's congress and CPPCC sessions. Text as returned
by the `pages` store; the store holds no title line; the last footer line (cut mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2807", "corpus/raw/pages/2807_nanzhang_lianghui_kanwang.txt",
         publisher="南漳县人民政府", date="2025-12-25", script="simplified", origin="pages")

# ---- line 1: breadcrumb + meta line with the article's source (decision 12)
p.byline("BYLINE", "来源:两会报道组", line=1)      # 两会报道组: a newsroom desk, no ORG (like 生活中心)

# ---- line 2
p.ent("ORG", "县委", line=2, nth=1)                 # 县委书记
p.ent("PERSON", "陈栋", line=2)
p.ent("ORG", "县委", line=2, after="陈栋")          # 县委副书记
p.ent("PERSON", "李恒", line=2)                     # 代县长: title
p.ent("ORG", "县人大常委会党组", line=2, nth=1)     # 党组 inside (majority rule, 21NN/26NN)
p.ent("PERSON", "孙国强", line=2)
p.ent("ORG", "县政协党组", line=2, nth=1)
p.ent("ORG", "县政协", line=2, after="孙国强")      # 县政协主席人选
p.ent("PERSON", "李采明", line=2)
p.ent("ORG", "南漳县第十九届人民代表大会", line=2)  # term inside, session (第五次会议) outside
p.ent("ORG", "政协南漳县第十一届委员会", line=2)    # like 中国人民政治协商会议第十二届滨州市委员会
p.ent("ORG", "县人大常委会党组", line=2, after="政协委员")
p.ent("PERSON", "刘友武", line=2)
p.ent("ORG", "县政协党组", line=2, after="刘友武")
p.ent("PERSON", "曾兆歆", line=2)

# ---- line 4
p.ent("PERSON", "陈栋", line=4)

# ---- line 6
p.ent("PERSON", "陈栋", line=6)
p.slogan("PLAN", "十四五", line=6)
p.slogan("PLAN", "十五五", line=6)
p.ent("ADMIN", "南漳", line=6, nth=1)               # 事关南漳发展大局
p.ent("ADMIN", "襄阳", line=6)                      # 襄阳循环经济高地
p.ent("ADMIN", "湖北", line=6)                      # 湖北特色农业基地
#   荆楚 (region epithet), 中部: no span; 中国式现代化: fixed term
p.ent("ADMIN", "南漳", line=6, after="中国式现代化")  # 南漳篇章

# ---- line 7: closing credit
p.byline("CREDIT", "(两会报道组)", line=7)

# ---- lines 8-13: site footer
p.ent("ORG", "南漳县人民政府办公室", line=8)
p.ent("ORG", "南漳县融媒体中心", line=9)
p.ent("ADMIN", "湖北省", line=10)
p.ent("ADMIN", "襄阳市", line=10)
p.ent("ADMIN", "南漳县", line=10)
p.ent("ORG", "南漳县融媒体中心", line=11)
#   鄂ICP备, 鄂公网安备: one-character short form, no span

# ---- blocks
p.block(1, 1, "BYLINE", article=1)     # breadcrumb + date + 来源: one meta line holding a credit
p.block(2, 7, "BODY", article=1)
p.block(8, 13, "PAGE")

p.save()
