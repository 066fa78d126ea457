"""page-4214: 沁源县融媒体中心 (text credited 来源: 县融媒体中心 on the 沁源县人民政府 portal
qinyuan.gov.cn, 今日头条, 2026-01-01), one article: 新年贺词 of the county's Party secretary and
county head. Text as returned by the `pages` store, from its title (the meta lines above the title,
时间/大/中/小/来源: 县融媒体中心, left out); the stored text's last paragraph (二是坚持人民至上…)
is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4214", "corpus/raw/pages/4214_qinyuan_xinnian_heci.txt",
         publisher="沁源县融媒体中心", date="2026-01-01", script="simplified", origin="pages")

# ---- lines 2-3: the speakers under the title (decision 8: BYLINE span and block, title included)
p.byline("BYLINE", "中共沁源县委书记 赵永进", line=2)
p.ent("ORG", "中共沁源县委", line=2)                    # party name joins the organ (中共滨州市委)
p.ent("PERSON", "赵永进", line=2)
p.byline("BYLINE", "沁源县人民政府县长 郭晓方", line=3)
p.ent("ORG", "沁源县人民政府", line=3)
p.ent("PERSON", "郭晓方", line=3)

# ---- line 4
#   县四套班子: a count of bodies, no span and no formula; 驻沁部队: one-character short form, no ADMIN
p.ent("ADMIN", "沁源", line=4, nth=1)                   # 沁源乡亲: 乡亲 is a word, the place its short form
p.ent("ADMIN", "沁源", line=4, nth=1)                   # 支持沁源发展 (nth counts free hits)

# ---- line 5
p.slogan("PLAN", "十四五", line=5)
p.ent("ADMIN", "沁源", line=5)                          # 中国式现代化沁源实践 (中国式现代化: no span)

# ---- line 6: two of the county's numbered layout formulas, items not spelled out (no expansion)
p.slogan("PARALLEL", "一城两中心", line=6)
p.slogan("PARALLEL", "一区三园", line=6)
#   9个乡镇区域服务中心: a count in prose; 一是: ordinal

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "BYLINE", article=1)
p.block(4, 6, "BODY", article=1)

p.save()
