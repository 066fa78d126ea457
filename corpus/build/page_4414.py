"""page-4414: 泰安市民政局 (mzj.taian.gov.cn, the bureau's own portal), 2022-05-13, one article:
市民政局召开民政工作专家座谈会. Text as returned by the `pages` store, from its title; the
open-government record fields above the title (索引号 …) and the cut-off footer line
"Produced By 大" after the last paragraph were left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4414", "corpus/raw/pages/4414_taian_minzheng_zhuanjia.txt",
         publisher="泰安市民政局", date="2022-05-13", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("ORG", "市民政局", line=1)

# ---- line 2: web meta line (date, source, counter)
p.byline("BYLINE", "来源:泰安市民政局", line=2)
p.ent("ORG", "泰安市民政局", line=2)

# ---- line 4: first paragraph
p.ent("ORG", "市民政局", line=4)
#   局领导班子成员, 局机关各科室: generic, no span

# ---- line 6: speakers
p.ent("ORG", "局党组", line=6, nth=1)        # 局党组成员: the bureau's party group (one body), title outside
p.ent("PERSON", "王华", line=6)
p.ent("ORG", "局党组", line=6)               # 局党组书记
p.ent("PERSON", "刘兆泉", line=6)
p.ent("ORG", "局党组", line=6)               # 局党组副书记
p.ent("PERSON", "鹿锋", line=6)

# ---- line 8
p.ent("PERSON", "刘兆泉", line=8)
p.ent("ORG", "市民政局", line=8, nth=1)       # 市民政局将成立…
p.ent("ORG", "局办公室", line=8)              # the bureau's office, one specific sub-unit
p.ent("ORG", "省民政厅", line=8)
p.ent("ORG", "市民政局", line=8, after="三要强化相互支持")
p.ent("ORG", "市民政局", line=8, after="争取研究成果时")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)   # 2022-05-13 来源:泰安市民政局 浏览量: (decision 12)
p.block(4, 8, "BODY", article=1)

p.save()
