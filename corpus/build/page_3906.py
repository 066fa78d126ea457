"""page-3906: 温州日报 (text on the 温州市人民政府 portal wenzhou.gov.cn, 今日温州 > 政务要闻,
来源: 温州日报), 2020-11-25, one article: 市长解读温润之州“幸福密码”. Text as returned by the
`pages` store, from its title (breadcrumb above it left out); the last paragraph, cut off
mid-sentence (在问答环节,…“明眸), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3906", "corpus/raw/pages/3906_wenzhou_xingfu_mima.txt",
         publisher="温州日报", date="2020-11-25", script="simplified", origin="pages")

# ---- line 1: headline. 温润之州 is an epithet for 温州 (no span); 市长 a title.

# ---- line 2: meta line (date and counters outside; the labelled source is a BYLINE)
p.byline("BYLINE", "来源: 温州日报", line=2)
p.ent("ORG", "温州日报", line=2)

# ---- line 4
p.ent("ORG", "省政府新闻办", line=4)
#   《有请发言人》: a programme, no span
p.ent("ORG", "浙江电视台经济生活频道", line=4)   # a station's channel joins the station
p.ent("ORG", "市委", line=4)                     # 市委副书记
p.ent("PERSON", "姚高员", line=4)                # 市长姚高员
p.ent("ADMIN", "中国", line=4)                   # inside the topic's title 《…打造中国最具幸福感城市》
p.ent("ADMIN", "温州", line=4)

# ---- line 6
p.ent("PERSON", "姚高员", line=6)
p.ent("ADMIN", "温州", line=6, nth=1)            # “温州”两字: the city's name (see notes)
p.ent("ADMIN", "温州", line=6, nth=1)            # 温州连续两年荣获
p.ent("ADMIN", "中国", line=6)                   # “中国最具幸福感城市” (an award's name)

# ---- line 8
p.ent("PERSON", "姚高员", line=8)
p.ent("ADMIN", "温州", line=8, every=True)       # 解读温州的…, 温州近年来…, 在温州
p.slogan("COUNT", "两个健康", line=8)            # items not spelled out on the page
p.slogan("GROUP", "五水共治", line=8)            # like 三警融合; items not spelled out
#   大建大美, 全国首个新时代…先行区: no numeral formula / no unit

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 8, "BODY", article=1)

p.save()
