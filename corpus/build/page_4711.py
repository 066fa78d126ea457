"""page-4711: 康乐县融媒体中心 (inferred; copy stored at fensifuwu.com), undated (2022), one article on
魏寨村 in 八松乡, 康乐县 (临夏回族自治州, 甘肃). Text as returned by the `pages` store: the store keeps no
title line; the page opens with the first body paragraph."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4711", "corpus/raw/pages/4711_kangle_weizhai_shifancun.txt",
         publisher="康乐县融媒体中心", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "康乐县", line=1)

# ---- line 3
p.ent("ADMIN", "康乐县", line=3)
p.ent("ADMIN", "八松乡", line=3)
p.ent("ADMIN", "魏寨村", line=3)

# ---- line 5
p.ent("ORG", "康乐县八松乡公共事务服务中心", line=5)   # the township's service centre, prefix kept (§2)
p.ent("ADMIN", "魏寨村", line=5)                       # 魏寨村包村组长: a title after the village
p.ent("PERSON", "石天生", line=5)
p.ent("ADMIN", "魏寨村", line=5, after="2022年")
p.slogan("PARALLEL", "1村3点6园多户", line=5)          # numeral-led parts of one plan; items not spelled out
p.ent("ADMIN", "魏寨", line=5, after="体现")           # 魏寨底蕴: bare name of the village
p.ent("ADMIN", "魏寨", line=5, after="底蕴和")         # 魏寨特色
p.ent("ADMIN", "魏寨村", line=5, after="有信心把")
#   产业兴旺、生态宜居、…: the 总要求 with no numeral, no formula

# ---- line 7
p.ent("ADMIN", "康乐县", line=7)
p.ent("ADMIN", "八松乡", line=7)
p.ent("ADMIN", "魏寨村", line=7)
p.slogan("PER_UNIT", "一户一品", line=7)
#   白八路: a road, no span

# ---- line 9 (魏寨村一社: a villagers' group, no unit)
p.ent("ADMIN", "魏寨村", line=9)
p.ent("PERSON", "杨书科", line=9)
p.ent("ADMIN", "康乐县", line=9)
p.ent("ADMIN", "八松乡", line=9)
p.ent("ADMIN", "魏寨村", line=9, after="八松乡")
p.ent("PERSON", "杨书科", line=9, after="群众杨书科家")

# ---- line 10
p.ent("ADMIN", "康乐县", line=10)

# ---- line 11: labelled reporter credit under the article (decision 12)
p.byline("BYLINE", "记者:杜建龙 朱菊霞", line=11)
p.ent("PERSON", "杜建龙", line=11)
p.ent("PERSON", "朱菊霞", line=11)

# ---- lines 12-15: editor lines (PAGE), names PERSON
p.ent("PERSON", "焦世韵", line=12)
p.ent("PERSON", "王 霞", line=12)
p.ent("PERSON", "王 鹏", line=13)
p.ent("PERSON", "丁克萍", line=13)
p.ent("PERSON", "马丽雅", line=14)
p.ent("PERSON", "孔令定", line=14)
p.ent("PERSON", "姬 平", line=15)
p.ent("PERSON", "陈克义", line=15)

# ---- blocks
p.block(1, 10, "BODY", article=1)
p.block(11, 11, "BYLINE", article=1)
p.block(12, 16, "PAGE")        # editor lines and the comment widget

p.save()
