"""page-3204: 廊坊日报 (廊坊新闻网 page, stored at the mirror dcgqt.com), 2022-05-06, one article:
香河县五百户镇: 探索农业“新模式” 催生发展新动能. Text as returned by the `pages` store, from its title
(the banner 廊坊新闻网-主流媒体,廊坊城市门户 above it is left out); the last stored paragraph
(产业特色。…龙头企) was cut mid-word and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3204", "corpus/raw/pages/3204_langfang_xianghe_wubaihu.txt",
         publisher="廊坊日报", date="2022-05-06", script="simplified", origin="pages")

# ---- line 1: headline "Place: title"
p.ent("ADMIN", "香河县", line=1)
p.ent("ADMIN", "五百户镇", line=1)

# ---- line 3: meta line with a labelled source -> BYLINE block (decision 12), timestamp outside
p.byline("BYLINE", "来源:廊坊日报")
p.ent("ORG", "廊坊日报", line=3)

# ---- line 5
p.ent("ADMIN", "香河县", line=5)
p.ent("ADMIN", "五百户镇", line=5)
#   京津 (京津两大城市, 京津公路): one-character short forms, no ADMIN
p.ent("ADMIN", "香河经济开发区", line=5)      # 省级香河经济开发区: a named 开发区 (decision 3); 省级 outside
#   国家级农业综合示范区: a kind of zone / place, no span

# ---- line 7: 两手抓、两手硬 -- the two "hands" are printed before it
s = p.slogan("PARALLEL", "两手抓、两手硬", line=7)[0]
lo, hi = p.line_bounds[7 - 1]
items = [p.find_all("疫情防控", lo, s["start"])[0], p.find_all("经济社会发展", lo, s["start"])[0]]
s["expansion"] = [list(x) for x in items]

# ---- line 9: “农业+产业+民俗+旅游”: no numeral, no formula

# ---- line 11
p.ent("ADMIN", "香椿营村", line=11)
p.ent("ADMIN", "周庄", line=11)               # 周庄养鸡村: the village by its bare name
p.ent("ADMIN", "兴隆庄", line=11)
p.ent("ADMIN", "东七百户", line=11)           # a village's name, not a count
p.ent("ORG", "新恒昌养鸡有限公司", line=11)
p.ent("ORG", "农业农村部", line=11)
#   “姗姗牌”: a brand; 日本: a foreign country; 欧洲: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
