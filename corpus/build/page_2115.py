"""page-2115: 澳門體育局 (sport.gov.mo, 新聞及多媒體中心 > 新聞消息), 2016-01-07, one release:
"2015澳門優秀運動員及教練員獎金/獎狀頒發儀式"舉行. Text as returned by the `pages` store, from
its breadcrumb line (the store's opening); the release is complete."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2115", "corpus/raw/pages/2115_macau_sport_jiangjin.txt",
         publisher="澳門體育局", date="2016-01-07", script="traditional", origin="pages")

# ---- line 2: headline (an event name: the unit inside it is ADMIN, decision 2)
p.ent("ADMIN", "澳門", line=2)

# ---- line 5
p.ent("ADMIN", "澳門", line=5)                       # 『2015澳門優秀運動員…頒發儀式』: event name
#   漁人碼頭會議展覽中心: a venue, no span (decision 14)
p.ent("PERSON", "崔世安", line=5)                    # 行政長官 is a post, no ORG

# ---- line 7
p.ent("ORG", "中央人民政府駐澳門特別行政區聯絡辦公室", line=7)   # stationed office: one ORG
p.ent("PERSON", "孫達", line=7)
p.ent("ORG", "外交部駐澳特派員公署", line=7)
p.ent("PERSON", "葉大波", line=7)
p.ent("ORG", "社會文化司", line=7)                   # 社會文化司司長: the secretariat + title
p.ent("PERSON", "譚俊榮", line=7)                    # 博士 stays outside

# ---- line 9
p.ent("ORG", "體育局", line=9, nth=1)                # 體育局局長戴祖義
p.ent("PERSON", "戴祖義", line=9)
p.ent("ORG", "體育局", line=9)                       # 體育局已完成架構重整工作
#   《高水平體育賽事獎金頒發規章》, 「精英運動員培訓資助計劃」: documents/programmes, no span; 各總會 generic

# ---- line 11: the guests
p.ent("ORG", "行政長官辦公室", line=11)
p.ent("PERSON", "柯嵐", line=11)
p.ent("ORG", "社會文化司司長辦公室", line=11)         # an office of the secretary: one ORG
p.ent("PERSON", "葉炳權", line=11)
p.ent("ORG", "民政總署管理委員會", line=11)           # sub-body written after its organ: one ORG
p.ent("PERSON", "黃有力", line=11)
p.ent("ORG", "體育局", line=11)
p.ent("PERSON", "潘永權", line=11)
p.ent("PERSON", "劉楚遠", line=11)
p.ent("ORG", "教育暨青年局", line=11)
p.ent("PERSON", "老柏生", line=11)
p.ent("ORG", "中國澳門體育暨奧林匹克委員會", line=11)
p.ent("PERSON", "馬有恆", line=11)
#   理事會主席: the committee's board named by its bare type, no span (decision 13)
p.ent("PERSON", "盧景昭", line=11)
p.ent("PERSON", "陳澤武", line=11)
#   體育委員 (members of a committee), 各體育總會: generic, no span

# ---- blocks
p.block(1, 1, "PAGE")              # breadcrumb 您在此: 主頁 > …
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "PAGE")              # date-only line
p.block(5, 11, "BODY", article=1)

p.save()
