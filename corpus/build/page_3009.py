"""page-3009: 云浮日报 (item carried by m.kcqsx.com/yunfu, 2019-01), one article:
“广东改革开放示范百村”名单公布 云浮市七个村庄入选. Text as returned by the `pages` store,
from its title; the store's last paragraph (a 新闻推荐 teaser cut off mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3009", "corpus/raw/pages/3009_yunfu_shifan_baicun.txt",
         publisher="云浮日报", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "广东", line=1)          # 广东改革开放示范百村: a list's name, unit inside (decision 2)
p.ent("ADMIN", "云浮市", line=1)        # 七个村庄: a count in prose, no formula

# ---- line 2: byline + list of the seven villages
p.byline("BYLINE", "本报讯(记者廖荣波)")
p.ent("PERSON", "廖荣波", line=2)
p.ent("ADMIN", "广东", line=2)
p.ent("ADMIN", "云浮市", line=2)
for s in ["云城区", "城村", "双上村", "新兴县", "良洞村", "龙山塘村", "罗定市", "万车村",
          "郁南县", "西坝村", "云安区", "留洞村"]:
    p.ent("ADMIN", s, line=2)

# ---- line 3: the research project
p.ent("ADMIN", "广东", line=3)                          # 广东改革开放40周年
p.ent("ORG", "广东省委宣传部", line=3)
p.ent("ORG", "广东省中国特色社会主义理论体系研究中心", line=3)
p.ent("ORG", "广东省社会科学院", line=3)
#   “改革开放百村探索”: a research project, no span; 各地政府: generic
p.ent("ADMIN", "广东", line=3, after="驱车总行程")        # 广东全省
p.ent("ADMIN", "广东", line=3, after="遴选出了")          # 广东改革开放的“示范百村” (an award list, no formula)
p.ent("ADMIN", "广东", line=3, after="改革开放40年")      # inside the book title 《乡村振兴启示录——…广东百村探索》
p.ent("ORG", "南方日报出版社", line=3)                   # the paper's publishing house, one ORG

# ---- line 4: the villages described
p.ent("ADMIN", "云浮市", line=4)
p.ent("ADMIN", "云城区", line=4)
p.ent("ADMIN", "思劳镇", line=4)
p.ent("ADMIN", "城村", line=4)                           # 云城区思劳镇城村
p.ent("ADMIN", "云浮市", line=4, after="思劳镇城村")       # 云浮市知名的水果专业村
p.ent("ADMIN", "城村", line=4, after="近年来")            # 城村在实施…
p.ent("ADMIN", "城村", line=4, after="亮点纷呈。")        # 城村共170户家庭
p.ent("ADMIN", "新兴县", line=4)
p.ent("ADMIN", "良洞村", line=4)                         # 一二三产业: ordinals, no formula
p.ent("ORG", "良洞预混料厂", line=4)
p.ent("ORG", "良洞种鸡场", line=4)
p.ent("ORG", "良洞塑料编织袋厂", line=4)
p.ent("ORG", "温氏", line=4)                             # 3家温氏下属企业: the 温氏 group by its short name
p.ent("ADMIN", "云城区", line=4, after="此外")
p.ent("ADMIN", "双上村", line=4)
p.ent("ADMIN", "新兴县", line=4, after="此外")
p.ent("ADMIN", "龙山塘村", line=4)
p.ent("ADMIN", "罗定市", line=4)
p.ent("ADMIN", "万车村", line=4)
p.ent("ADMIN", "郁南县", line=4)
p.ent("ADMIN", "西坝村", line=4)
p.ent("ADMIN", "云安区", line=4)
p.ent("ADMIN", "留洞村", line=4)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 4, "BODY", article=1)
p.block(5, 5, "PAGE")          # 新闻推荐: the site's list of links after the article

p.save()
