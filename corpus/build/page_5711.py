"""page-5711: 西盟佤族自治县融媒体中心 (ynxmmgw.com, 专题栏目; 来源: 西盟云), 2025-05-28, one article:
西盟县力所乡:石榴花开映边陲 “四链融合”绘就民族团结新图景. Text as returned by the `pages` store, from its
title; the last paragraph (cut mid-sentence after 力所乡) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5711", "corpus/raw/pages/5711_ximeng_lisuo_silian.txt",
         publisher="西盟佤族自治县融媒体中心", date="2025-05-28", script="simplified", origin="pages")

# ---- line 1: headline (series banner 牢记总书记嘱托 同心同德跟党走 printed on the title line)
p.ent("ADMIN", "西盟县", line=1)
p.ent("ADMIN", "力所乡", line=1)
# first mention of the formula carries the expansion; items are listed in line 5
p.slogan("GROUP", "四链融合", line=1,
         expansion=["党建链", "产业链", "文化链", "边疆共治链"])

# ---- line 3: web meta line
p.byline("BYLINE", "来源:西盟云")
p.ent("ORG", "西盟云", line=3)                    # the county media centre's outlet (medium in a source field)

# ---- line 5
p.ent("ADMIN", "西盟县", line=5)
p.ent("ADMIN", "力所乡", line=5)
p.slogan("GROUP", "四链融合", line=5)
#   佤山: a region, no span; 全市, 拉祜族乡 (a kind): no span
#   “边民富、边关美、边境稳、边防固”: no numeral, no formula

# ---- line 13
p.ent("ADMIN", "力所乡", line=13)
#   “党建+”, “党支部+企业+合作社+农户”, “村集体+党支部+农户”, “积分制+红黑榜”: no numeral, no formula
p.ent("ADMIN", "南亢村", line=13)
p.slogan("GROUP", "四微工作法", line=13,            # like the guideline's 八步工作法
         expansion=["微警务", "微社情", "微联调", "微课堂"])
p.slogan("ONE", "一网统管", line=13)               # like 一网通办
p.slogan("PARALLEL", "千万工程", line=13)          # the corpus rule: 千万工程 is PARALLEL
p.slogan("PLUS", "6+3", line=13)                   # ‘6+3’模式
p.ent("ADMIN", "云南省", line=13)                  # inside the award title “云南省先进基层党组织”
#   保洁服务公司 (generic), 先锋队 (figure of speech), 全县: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 来源:西盟云 时间:… 阅读: (one article's meta line)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")                  # 图片 (picture placeholder)
p.block(9, 9, "CROSSHEAD", article=1)
p.block(11, 11, "CROSSHEAD", article=1)
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "PAGE")                # 图片
p.block(17, 17, "CROSSHEAD", article=1)
p.block(19, 19, "CROSSHEAD", article=1)

p.save()
