"""page-2502: 杭州日报 (article 杭州日报讯, carried on 杭州网 hznews.hangzhou.com.cn, 杭州新政 > 领导重要讲话),
2019-07-03, one article: 车俊在淳安蹲点调研时强调 把初心和使命体现到服务群众上. Text as returned by the
`pages` store, from its title; the last paragraph (车俊最近两次到下姜村…), cut off mid-sentence by the store,
is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2502", "corpus/raw/pages/2502_hangzhou_chejun_chunan.txt",
         publisher="杭州日报", date="2019-07-03", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "车俊", line=1)
p.ent("ADMIN", "淳安", line=1)

# ---- line 2: the site with its timestamp = the page's source line
p.byline("BYLINE", "杭州网", line=2)
p.ent("ORG", "杭州网", line=2)

# ---- line 4: subhead, four names run together
for name in ["陈际瓦", "龙新南", "陈金彪", "张仲灿"]:
    p.ent("PERSON", name, line=4)

# ---- line 6: byline + first paragraph
p.byline("BYLINE", "杭州日报讯(浙江日报记者 王国锋 本报记者 齐航)", line=6)
p.ent("ORG", "杭州日报", line=6)
p.ent("ORG", "浙江日报", line=6)
p.ent("PERSON", "王国锋", line=6)
p.ent("PERSON", "齐航", line=6)
p.ent("ORG", "省委", line=6)                        # 省委书记 -> ORG + title
p.ent("PERSON", "车俊", line=6)
#   “不忘初心、牢记使命”主题教育: no numeral, no formula
p.ent("ADMIN", "淳安", line=6)

# ---- line 8
p.ent("ORG", "中央第二指导组", line=8)              # a named team (like 区委第三巡察组)
for name in ["陈际瓦", "龙新南", "陈金彪", "张仲灿", "许明"]:
    p.ent("PERSON", name, line=8)
#   省领导, 市领导: no span

# ---- line 10
p.ent("PERSON", "车俊", line=10, every=True)
p.ent("ADMIN", "下姜村", line=10, every=True)       # 4 mentions, one inside a quote
p.ent("ADMIN", "杭州", line=10)                     # “杭州书房”: a unit inside a brand (decision 2)
#   “猪栏餐厅”: a restaurant's name, no span; 村卫生室: bare institution type
p.ent("ORG", "浙大一院", line=10)                   # a hospital
p.ent("ORG", "党中央", line=10)
p.ent("PERSON", "习近平", line=10, every=True)
p.ent("ADMIN", "下姜", line=10, after="更有活力的")  # bare name of the village
p.ent("ADMIN", "下姜", line=10, after="共建")        # “大下姜”: the village inside the area brand
#   “发展带头人、新风示范人、和谐引领人、群众贴心人”: no numeral, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)      # 2019-07-03 06:22:44 杭州网 (medium alone with its timestamp)
p.block(4, 4, "SUBHEAD", article=1)     # who took part, a factual line after the headline
p.block(6, 10, "BODY", article=1)

p.save()
