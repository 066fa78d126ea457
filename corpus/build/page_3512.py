"""page-3512: 中卫日报, an article as catalogued on a library's newspaper-metadata platform
(meta.librarydata.cn, 内容出处: 《中卫日报》), one article: 掀起建设热潮改善生产条件.
Date not printed (year inferred c. 2004 from 代市长徐力群; left null). Text as returned by the
`pages` store, from its title; its last paragraph (代市长徐力群指出,…促进农) was cut off mid-sentence
by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3512", "corpus/raw/pages/3512_zhongwei_nongtian_shuili.txt",
         publisher="中卫日报", date=None, script="simplified", origin="pages")

PEOPLE = ["徐力群", "石磊", "李捍国", "马占林", "段振国", "王学 林", "姜中太"]   # 市领导, listed twice

# ---- line 1: headline (no entity)

# ---- line 5: the catalogue's source field names the paper
p.ent("ORG", "中卫日报", line=5)                      # 《中卫日报》: the paper's name without the marks
p.byline("BYLINE", "内容出处: 《中卫日报》", line=5)   # labelled source credit (decision 12); 报纸 is the kind, outside

# ---- line 9: 摘要 (the summary repeats the lead and the list of leaders)
p.slogan("PER_UNIT", "三天一通报", line=9)           # a rule per period; two formulas joined by 、, each whole
p.slogan("PER_UNIT", "一周一评比", line=9)
for name in PEOPLE:
    p.ent("PERSON", name, line=9)                     # 王学 林: layout space inside the name
#   我市, 全市, 各 县(区)、镇(乡), 市领导: no span

# ---- line 14: byline + lead
p.byline("BYLINE", "本报讯(记者 马永福)", line=14)
p.ent("PERSON", "马永福", line=14)
p.slogan("PER_UNIT", "三天一通报", line=14)
p.slogan("PER_UNIT", "一周一评比", line=14)

# ---- line 15
for name in PEOPLE:
    p.ent("PERSON", name, line=15)

# ---- line 16
#   全区 (the autonomous region as a level word), “黄河杯”竞赛: no span
#   “抓重点、促全面、攻难点、解难题”: no numeral, no formula
#   争一保一 / 争一保二 / 争二保三: ranking targets (ordinals), no formula
p.ent("ADMIN", "中宁县", line=16)
p.ent("ADMIN", "城区", line=16)                       # the city's district, listed between its two counties
p.ent("ADMIN", "海原县", line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 4, "PAGE")                # 知识类型: 析出资源 / 查看原文
p.block(5, 5, "BYLINE", article=1)   # 内容出处: 《中卫日报》 报纸
p.block(6, 8, "PAGE")                # 唯一号 / 颗粒名称 (the title as a catalogue field) / 分类号
p.block(9, 9, "SUBHEAD", article=1)  # 摘要: … (a web summary, page-2305's rule)
p.block(10, 10, "PAGE")              # 关键词
p.block(12, 12, "PAGE")              # 内容 (field label)
p.block(14, 16, "BODY", article=1)

p.save()
