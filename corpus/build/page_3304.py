"""page-3304: 寿光日报 / 寿光市融媒体中心 site (sgnet.cc), 2021-08-05, one signed article by the
Party secretary of 古城街道 on the city committee's plenum. Text as returned by the `pages` store,
from its title; its last paragraph (坚决守住底线,…, cut off mid-sentence at 统) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3304", "corpus/raw/pages/3304_shouguang_gucheng_jiedao.txt",
         publisher="寿光日报", date="2021-08-05", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "古城街道", line=1)

# ---- line 3: author line under the headline, title included (decision 8)
p.byline("BYLINE", "古城街道党工委书记 王伯元", line=3)
p.ent("ORG", "古城街道党工委", line=3)
p.ent("PERSON", "王伯元", line=3)

# ---- line 5
p.ent("ORG", "寿光市委", line=5)                    # 寿光市委十四届十一次全体会议: the plenum is the event

# ---- line 7
p.ent("ADMIN", "寿光", line=7)                      # 寿光康复中心 (a project under construction): unit inside
#   金玉米乳酸, 聚乳酸, 丙交酯, 启迪新能源, 结晶山梨醇: projects and products, no span

# ---- line 9: 乡村振兴齐鲁样板示范区 (齐鲁: a regional epithet), 番茄小镇 (a place): no span

# ---- line 11: villages listed before the word for their level (刘家、前王、后王等6个村)
for v in ["刘家", "前王", "后王"]:
    p.ent("ADMIN", v, line=11)
#   全福元综合体: a building project, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
