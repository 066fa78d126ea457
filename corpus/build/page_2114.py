"""page-2114: 湛江日报 (e-paper as shown by the 360elib 电子报阅读机 reader), 2025-10-01, 第T03版,
one article: 向海而兴向绿而行 锻造高质量发展引擎 (坡头区). Text as returned by the `pages` store,
from its first line; the last paragraph (海洋是坡头最大的发展优势。坡头区), cut off mid-sentence,
was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2114", "corpus/raw/pages/2114_zhanjiang_potou_xianghai.txt",
         publisher="湛江日报", date="2025-10-01", script="simplified", origin="pages")

# ---- lines 1-4: e-paper reader furniture (PAGE); the paper's name keeps its ORG span
p.ent("ORG", "湛江日报", line=4)

# ---- lines 12-18: photo captions with their credits
p.ent("ADMIN", "湛江", line=12)                      # 湛江海湾大桥: unit inside a facility name (decision 2)
p.byline("PHOTO", "本报记者欧阳泽 摄", line=12)
p.ent("PERSON", "欧阳泽", line=12)
p.ent("ADMIN", "湛江", line=14)                      # 湛江湾实验室 (pictured as a site: no ORG)
p.byline("PHOTO", "本报记者李忠 摄", line=14)
p.ent("PERSON", "李忠", line=14)
p.ent("ADMIN", "湛江", line=16)                      # 湛江军博园
p.ent("ADMIN", "湛江", line=16, after="矗立在")      # 湛江湾畔
p.byline("PHOTO", "本报记者张锋锋 摄", line=16)
p.ent("PERSON", "张锋锋", line=16)
p.ent("ADMIN", "坡头镇", line=18)
p.ent("ADMIN", "乾塘", line=18)                      # 乾塘莲藕现代农业园: 乾塘 (a town of 坡头区) inside a park name
p.byline("PHOTO", "本报记者刘冀城 摄", line=18)
p.ent("PERSON", "刘冀城", line=18)

# ---- line 20: byline under the captions
p.byline("BYLINE", "本报记者范子华", line=20)
p.ent("PERSON", "范子华", line=20)

# ---- line 22: lead
p.ent("ADMIN", "湛江", line=22)                      # 湛江正锚定…
p.slogan("COUNT", "四个抓", line=22,
         expansion=["抓经济", "抓民生", "抓环境", "抓作风"])   # the four run-in heads below
p.slogan("COUNT", "六个湛江", line=22)               # items not spelled out
p.ent("ADMIN", "湛江", line=22, after="六个")        # 湛江 inside the formula
p.ent("ADMIN", "坡头区", line=22)
p.slogan("COUNT", "四个抓", line=22, nth=1)          # second mention (first free after the first)

# ---- line 24
#   海工装备产业园, 生蚝小镇: places, no span
p.ent("ADMIN", "湛江", line=24)                      # “湛江湾1号”: unit inside a product name

# ---- line 26
p.ent("ADMIN", "湛江", line=26)                      # 湛江海湾大桥
p.slogan("PARALLEL", "一老一小", line=26)

# ---- line 28
p.ent("ADMIN", "湛江", line=28)                      # 湛江湾东岸

# ---- line 32
p.ent("ADMIN", "坡头区", line=32)
#   国家级高新区: a kind of zone, no ADMIN; 改革创新先行区: a role, no span

# ---- blocks
p.block(1, 4, "PAGE")            # 电子报阅读机 / date / weekday / 当前报纸名称
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 10, "PAGE")           # 日期 / 字号 / 版面 … 上一篇 下一篇
p.block(12, 12, "CAPTION", article=1)
p.block(14, 14, "CAPTION", article=1)
p.block(16, 16, "CAPTION", article=1)
p.block(18, 18, "CAPTION", article=1)
p.block(20, 20, "BYLINE", article=1)
p.block(22, 32, "BODY", article=1)
p.block(34, 34, "CROSSHEAD", article=1)
p.block(36, 36, "CROSSHEAD", article=1)

p.save()
