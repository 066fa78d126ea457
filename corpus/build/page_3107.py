"""page-3107: 苏州新闻网 (m.szdushi.com.cn, 便民频道 > 社会百态), 2024-07-26, one article on the
"幸福场景" of 苏州工业园区金鸡湖街道 and its communities (a street/community page).
Text as returned by the `pages` store, from its title; the last paragraph (cut off mid-sentence
at "同时,深化数字") was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3107", "corpus/raw/pages/3107_suzhou_jinjihu_xingfu.txt",
         publisher="苏州新闻网", date="2024-07-26", script="simplified", origin="pages")

# ---- line 1: headline
p.slogan("PARALLEL", "一老一小", line=1)          # two numeral-led parts (the elderly and the young)

# ---- line 3: the medium with its timestamp = the page's source line (BYLINE, decision 21NN)
p.ent("ORG", "苏州新闻网", line=3)
p.byline("BYLINE", "苏州新闻网", line=3)

# ---- line 5
p.byline("BYLINE", "本报讯(记者 陈燕 通讯员 金吉萱)")
p.ent("PERSON", "陈燕", line=5)
p.ent("PERSON", "金吉萱", line=5)
p.ent("ADMIN", "苏州工业园区", line=5)            # government-run zone that governs 街道 (decision 3)
p.ent("ADMIN", "星公元社区", line=5)
p.ent("ORG", "“律动年华”舞蹈队", line=5)          # a named team that acts; quotes wrap part of the name
p.slogan("PARALLEL", "一老一小", line=5)
#   “一动一静”各有空间: a descriptive pair of kinds of space, no policy formula (notes)
p.ent("PERSON", "马秀娥", line=5)                  # 居民马秀娥

# ---- line 7
p.ent("ADMIN", "苏州工业园区", line=7)
p.ent("ADMIN", "金鸡湖街道", line=7)
#   “四景”合一: GROUP, items printed before it (小区美景, 治理实景, 文化风景, 幸福小景)
[sj] = p.slogan("GROUP", "四景", line=7)
lo7, hi7 = p.line_bounds[6]
items = []
for it in ["小区美景", "治理实景", "文化风景", "幸福小景"]:
    [(a, b)] = p.find_all(it, lo7, hi7)
    items.append([a, b])
sj["expansion"] = items
p.ent("ADMIN", "星公元社区", line=7)
p.ent("ADMIN", "方悦社区", line=7)
p.ent("ADMIN", "玲珑湾社区", line=7)
p.ent("ORG", "中海消防站", line=7)                 # a named fire station that acts

# ---- line 9
p.ent("ADMIN", "金鸡湖街道", line=9)
#   “1510”党群服务圈: a quoted code of digits (PARALLEL, like “1310”); items printed before it
[code] = p.slogan("PARALLEL", "1510", line=9)
lo9, hi9 = p.line_bounds[8]
code["expansion"] = [list(p.find_all("15分钟可达", lo9, hi9)[0]),
                     list(p.find_all("10项功能", lo9, hi9)[0])]

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)

p.save()
