"""page-3706: 萍乡城事网 (cs0799.com), 湘东区 channel, 2020-06-11, text credited 来自: 湘东发布 (the
district's release account), one article: 全区政法工作暨市域社会治理现代化试点工作会议召开 (萍乡市湘东区,
a county-level district). Text as returned by the `pages` store, from the top of the stored page;
the last paragraph, cut off mid-sentence in the store (要把握工作重点,…又要把握关键、), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3706", "corpus/raw/pages/3706_xiangdong_zhengfa_shiyu.txt",
         publisher="萍乡城事网", date="2020-06-11", script="simplified", origin="pages")

# ---- line 1: site header and breadcrumb (PAGE)
p.ent("ORG", "萍乡城事网", line=1)                  # the site itself
p.ent("ADMIN", "萍乡", line=1, after="—")           # 萍乡最具影响力门户网站: the city as a place
p.ent("ADMIN", "湘东区", line=1)                    # channel named by the district

# ---- line 5: web meta line (BYLINE block); 发布者: cs小编网网 is a site account, no credit
p.byline("BYLINE", "来自: 湘东发布", line=5)
p.ent("ORG", "湘东发布", line=5)                    # the district's release medium

# ---- line 7: 摘要 (SUBHEAD)
#   区文化会议中心: a venue, no span
p.ent("ORG", "江西新时代社会治理研究中心", line=7)
p.ent("ORG", "江西财经大学公共管理学院", line=7)     # a school with its parent university
p.ent("PERSON", "陈成文", line=7)
p.ent("ORG", "市委政法委", line=7)
p.ent("PERSON", "彭建明", line=7)
p.ent("PERSON", "杨博", line=7)
p.ent("PERSON", "何超", line=7)

# ---- line 8: first paragraph
p.ent("ORG", "江西新时代社会治理研究中心", line=8)
p.ent("ORG", "江西财经大学公共管理学院", line=8)
p.ent("PERSON", "陈成文", line=8)
p.ent("ORG", "市委政法委", line=8)
p.ent("PERSON", "彭建明", line=8)
p.ent("PERSON", "杨博", line=8)
p.ent("PERSON", "何超", line=8)

# ---- line 10
p.ent("PERSON", "陈成文", line=10, nth=1)
p.ent("PERSON", "陈成文", line=10)                  # second occurrence (the first is taken)
p.ent("ADMIN", "湘东区", line=10)
p.ent("ADMIN", "萍乡市", line=10)
p.ent("ADMIN", "江西省", line=10)
p.ent("ADMIN", "枫桥", line=10)                     # 新时代“枫桥经验”: the town inside the method's name (decision 2)

# ---- line 12: photo caption
p.ent("ORG", "市委政法委", line=12)
p.ent("PERSON", "彭建明", line=12)

# ---- line 14
p.ent("ORG", "区委", line=14)
p.ent("PERSON", "杨博", line=14)

# ---- line 16: 平安湘东、法治湘东, 湘东高质量跨越式发展
p.ent("ADMIN", "湘东", line=16, every=True)

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)     # meta line with a labelled source (decision 12)
p.block(7, 7, "SUBHEAD", article=1)    # 摘要: web summary under the title
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "CAPTION", article=1)  # ▲ caption of a picture not stored
p.block(14, 16, "BODY", article=1)

p.save()
