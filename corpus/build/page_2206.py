"""page-2206: 扬州日报 (article page on zgjssw.gov.cn, 市县传真/扬州, 来源:扬州日报), 2026-01-22,
one article: 郑海涛参加宝应代表团分组审议. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2206", "corpus/raw/pages/2206_yangzhou_zhenghaitao_baoying.txt",
         publisher="扬州日报", date="2026-01-22", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("PERSON", "郑海涛", line=1)
p.ent("ADMIN", "宝应", line=1)                       # 宝应代表团: a delegation, no ORG

# ---- line 3: web meta line with the source (decision 12)
p.byline("BYLINE", "来源:扬州日报")
p.ent("ORG", "扬州日报", line=3)

# ---- line 6: byline + first paragraph
p.byline("BYLINE", "本报讯 (记者 玉菁 世春)")
p.ent("PERSON", "玉菁", line=6)
p.ent("PERSON", "世春", line=6)
p.ent("ORG", "市人大", line=6)                       # 市人大代表: shortened title keeps its organ
p.ent("PERSON", "郑海涛", line=6)
p.ent("ADMIN", "宝应", line=6)

# ---- line 8
p.ent("ADMIN", "宝应", line=8)                       # 宝应代表团
p.ent("PERSON", "郑海涛", line=8)
p.ent("ADMIN", "宝应", line=8, after="对")
p.slogan("PLAN", "十四五", line=8)
p.ent("ADMIN", "宝应", line=8, after="时期")
p.ent("ORG", "市委", line=8)
p.ent("ORG", "市政府", line=8)
p.slogan("PLAN", "十五五", line=8)
p.ent("ADMIN", "宝应", line=8, after="新起点")
#   “万亿之城”: no numeral count, no formula

# ---- line 10
p.ent("PERSON", "郑海涛", line=10)
p.ent("ADMIN", "宝应", line=10)
p.slogan("PARALLEL", "两电两新", line=10)            # items not spelled out
p.slogan("GROUP", "三保", line=10)                   # 基层“三保”: items not spelled out
p.slogan("PLAN", "十五五", line=10)

# ---- line 12
p.ent("ORG", "市委", line=12)                        # 市委常委 -> ORG 市委
p.ent("ORG", "宣传部", line=12)                      # 宣传部部长 -> ORG 宣传部
p.ent("PERSON", "张小辉", line=12)

# ---- line 14: editor line (author label empty)
p.ent("PERSON", "陈茜", line=14)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                 # publication time only
p.block(3, 3, "BYLINE", article=1)    # 来源:扬州日报 (decision 12)
p.block(4, 4, "PAGE")                 # 【字号: 】【打印 (site furniture)
p.block(6, 12, "BODY", article=1)
p.block(14, 14, "PAGE")               # 作者: (empty) 编辑:陈茜 — editor line

p.save()
