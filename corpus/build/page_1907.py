"""page-1907: 河源日报 (hyrbnews.cn, 县区/龙川 section), one feature on 龙川县廻龙镇:
传承红色基因 打造美丽乡村. Text as returned by the `pages` store, from its title; its last
paragraph (廻龙镇红色资源丰富…是省、市、县重点文物保) was cut off mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1907", "corpus/raw/pages/1907_heyuan_longchuan_huilong.txt",
         publisher="河源日报", date=None, script="simplified", origin="pages")

SOVIET = "“五兴龙”县苏维埃政府"   # the historical county soviet government, named inside its site 旧址

# ---- line 1: kicker
p.ent("ADMIN", "龙川县", line=1)
p.ent("ADMIN", "廻龙镇", line=1)
p.ent("ADMIN", "廻龙", line=1, after="富裕”新")       # 新廻龙: the town inside a slogan-brand (decision 2)

# ---- line 3-5: captions
p.ent("ORG", SOVIET, line=3)                          # organ inside a site's name; 闽粤赣边: one-char abbreviations
p.ent("ADMIN", "廻龙镇", line=4)
p.ent("ADMIN", "罗中村", line=4)
p.ent("ADMIN", "廻龙镇", line=5)

# ---- line 7: 核心提示 paragraph
p.ent("ADMIN", "龙川县", line=7)
p.ent("ADMIN", "廻龙镇", line=7)                      # 我省 / 八大革命老区: no span, no formula (a count of areas)
p.ent("ORG", SOVIET, line=7)
p.ent("ADMIN", "河源市", line=7, nth=1)               # 河源市爱国主义教育基地: unit inside a title (decision 2)
p.ent("ADMIN", "河源市", line=7, nth=1)               # 河源市反腐倡廉传统教育基地 (the next free one)
p.ent("ADMIN", "廻龙镇", line=7)

# ---- line 8
p.slogan("PLAN", "十四五", line=8)
p.ent("ADMIN", "廻龙镇", line=8)
p.ent("ADMIN", "廻龙", line=8, after="富裕”新")

# ---- line 9: sidebar heading
p.ent("ADMIN", "廻龙镇", line=9)

# ---- line 10: 简介
p.ent("ADMIN", "廻龙镇", line=10)
p.ent("ADMIN", "龙川县", line=10)
p.ent("ADMIN", "龙川", line=10, after="是")           # 龙川境内
for town in ["田心", "赤光", "新田", "兴宁市", "大坪", "萝岗"]:   # towns listed before 等镇
    p.ent("ADMIN", town, line=10)
p.ent("ADMIN", "廻龙", line=10, after="穿境而过")      # 廻龙河: the town's name inside a river's name (decision 2; unsure)

# ---- blocks
p.block(1, 1, "KICKER", article=1)
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(4, 4, "CAPTION", article=1)
p.block(5, 5, "CAPTION", article=1)
p.block(6, 6, "COLUMN")          # 核心提示: the label of the lead box, like 编者按
p.block(7, 8, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)   # 【廻龙镇简介】: heading of the fact box inside the feature
p.block(10, 10, "BODY", article=1)

p.save()
