"""page-2812: 内江广播电视台 (scnj.tv, source tag 来源:i内江), 2026-01-21, one TV news item of the
column 活力中区 (内江市市中区): 活力中区688期《多部门联动聚合力 创文实践浸润万家》. Text as returned
by the `pages` store, from its title; the last paragraph (cut off mid-sentence: …整治) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2812", "corpus/raw/pages/2812_neijiang_shizhong_chuangwen.txt",
         publisher="内江广播电视台", date="2026-01-21", script="simplified", origin="pages")

# ---- line 1: headline; 活力中区 is the programme's name, 中区 the local short form of 市中区
p.ent("ADMIN", "中区", line=1)                      # unit inside a brand/programme name (decision 2)

# ---- line 3: web meta line with a source credit (decision 12)
p.byline("BYLINE", "来源:i内江", line=3)
p.ent("ORG", "i内江", line=3)                       # the medium (app) named as source

# ---- line 6
p.ent("ADMIN", "市中区", line=6)
for org in ["区委宣传部", "政法委", "公安分局", "司法局", "文广旅局", "教体局"]:
    p.ent("ORG", org, line=6)                       # the district's bodies, level shared from 区委宣传部 (decision 13)
for adm in ["桂湖街社区", "新华路社区", "蟠龙坝社区"]:
    p.ent("ADMIN", adm, line=6)

# ---- line 9
p.ent("ADMIN", "城西街道", line=9)
p.ent("ADMIN", "桂湖街社区", line=9)
#   “宣传讲解+有奖抢答”: no numeral, no formula

# ---- speaker lines and quotes
p.ent("PERSON", "刘大弟", line=12)                  # 社区居民 刘大弟:
p.ent("ADMIN", "城西街道", line=18)
p.ent("ADMIN", "桂湖街社区", line=18)               # 社区书记: title
p.ent("PERSON", "张菀", line=18)
#   line 21: 新时代文明实践站 bare, no span

# ---- line 24
p.ent("ADMIN", "玉溪街道", line=24)
p.ent("ADMIN", "新华路社区", line=24)
for org in ["区综治局", "区交警一大队", "区消防局", "区住建局"]:
    p.ent("ORG", org, line=24)
#   各部门: generic, no span

p.ent("PERSON", "陈代贵", line=27)                  # 居民 陈代贵:

# no numbered formulas on the page (16家单位 is a count)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)        # 时间:… 来源:i内江
for ln in (6, 9, 12, 15, 18, 21, 24, 27, 30):
    p.block(ln, ln, "BODY", article=1)    # speaker lines (X:) of the TV transcript stay BODY

p.save()
