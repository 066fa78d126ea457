"""page-2702: 齐齐哈尔新闻网 (齐齐哈尔日报's news site), text as carried by the aggregator
xuehua.us, one article: 首届中国农民丰收节齐齐哈尔市举行庆典活动 (date printed only as 9月23日).
Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2702", "corpus/raw/pages/2702_qiqihar_fengshoujie.txt",
         publisher="齐齐哈尔新闻网", date=None, script="simplified", origin="pages")

# ---- line 1: title line (原标题:…)
p.ent("ADMIN", "中国", line=1)                       # 中国农民丰收节: unit inside an event's name (decision 2)
p.ent("ADMIN", "齐齐哈尔市", line=1)

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "齐齐哈尔新闻网9月23日讯(记者 李尔宁)")
p.ent("ORG", "齐齐哈尔新闻网", line=3)
p.ent("PERSON", "李尔宁", line=3)
p.ent("ADMIN", "中国", line=3, nth=1)                 # “中国农民丰收节”
p.ent("ORG", "齐齐哈尔市委", line=3)
p.ent("ORG", "市政府", line=3)
p.ent("ADMIN", "依安县", line=3)
p.ent("ADMIN", "中国", line=3, after="首届")           # 首届中国农民丰收节
p.ent("ADMIN", "齐齐哈尔市", line=3, after="首届")     # 齐齐哈尔市农民丰收节
p.ent("ADMIN", "齐齐哈尔市", line=3, after="收获仪式") # 齐齐哈尔市领导

# ---- line 5
p.ent("ADMIN", "中国", line=5)                       # 首届中国农民丰收节; 我市: no span

# ---- line 7
p.ent("ORG", "齐齐哈尔市委", line=7)
p.ent("ORG", "市政府", line=7)
p.slogan("GROUP", "三农", line=7)
p.ent("PERSON", "习近平", line=7)                     # 中国特色社会主义: fixed term, no ADMIN
p.ent("ADMIN", "依安县", line=7)
s = p.slogan("GROUP", "三大", line=7)[0]              # 陶瓷、食品、生化“三大”产业: items printed before it
l7 = p.line_bounds[6]
items = []
for it in ["陶瓷", "食品", "生化"]:
    st, en = p.find_all(it, l7[0], s["start"])[0]
    items.append([st, en])
s["expansion"] = items
for _ in range(3):                                    # 中国白鹅之乡、中国紫花油豆角之乡、中国芸豆之乡
    p.ent("ADMIN", "中国", line=7, after="叫响")
p.slogan("GROUP", "五大", line=7)                     # only 3 of 5 brands named (等): no expansion
p.slogan("GROUP", "八化", line=7)                     # 4 of 8 named (等): no expansion
p.slogan("GROUP", "十大", line=7)                     # 5 of 10 named (等): no expansion

# ---- line 9
p.ent("ADMIN", "依安县", line=9)
p.slogan("PLUS", "半亩园、一亩种薯、百只鹅、千袋菌+乡村自有特色产业", line=9)
p.slogan("PARALLEL", "一区、三园、四平台", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 9, "BODY", article=1)
p.block(11, 12, "PAGE")                               # 查看原文 >> / 相关文章 (site furniture)

p.save()
