"""page-3010: 澄迈县人民政府 (chengmai.hainan.gov.cn, 镇政府工作报告 section; the report of
澄迈县中兴镇人民政府), delivered 2022-02-17. One document: 政府工作报告 of 中兴镇. Text as
returned by the `pages` store, from its title (the site's 来源/分享到 lines above it left out);
the store's last paragraph, cut off mid-sentence, dropped. Lines 8-9 and the store's cut last
paragraph repeat earlier text: the page prints them twice."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3010", "corpus/raw/pages/3010_chengmai_zhongxing_baogao.txt",
         publisher="澄迈县人民政府", date="2022-02-17", script="simplified", origin="pages")

# ---- line 2: the dateline of the report (SUBHEAD)
p.ent("ORG", "中兴镇第十七届人民代表大会", line=2)   # a congress with its term is one ORG; 第二次会议 is the event

# ---- line 3: speaker line under the title (decision 8)
p.byline("BYLINE", "中兴镇人民政府镇长 王 洪")
p.ent("ORG", "中兴镇人民政府", line=3)
p.ent("PERSON", "王 洪", line=3)

# ---- line 5
p.ent("ORG", "镇人民政府", line=5)                   # 我代表镇人民政府: level word + organ (like 镇政府); 大会: generic

# ---- line 7
p.slogan("PLAN", "十四五", line=7)
p.ent("ADMIN", "海南", line=7)
p.ent("ORG", "澄迈县委", line=7)
p.ent("ORG", "县政府", line=7)
p.ent("ORG", "中兴镇委", line=7)                     # the town's Party committee

# ---- line 11
p.slogan("GROUP", "四早", line=11)                  # items (早发现…) not spelled out: no expansion
p.slogan("PER_UNIT", "五包一", line=11)             # five cadres per household, like 一对一
#   乡村振兴工作队, 驻点工作组, 网格员: generic teams, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 5, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)
p.block(7, 9, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(11, 11, "BODY", article=1)

p.save()
