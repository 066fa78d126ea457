"""page-2302: 哈尔滨日报 (哈尔滨新闻网 news.my399.com, 新闻频道>>冰城新闻), 2020-07-27, one article:
“扶贫果园”结出甜蜜“增收果” / 木兰县复兴村打造特色产业,村集体经济不断壮大.
Text as returned by the `pages` store, from its breadcrumb; its last line ("赤松茸", the start of a
paragraph cut off by the store) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2302", "corpus/raw/pages/2302_harbin_mulan_fuxingcun.txt",
         publisher="哈尔滨日报", date="2020-07-27", script="simplified", origin="pages")

# ---- lines 1-7: breadcrumb (冰城 = epithet of 哈尔滨, no ADMIN) and the channel's link list;
#      鸡冠山 (a mountain), "哈夏博物馆" (a private museum named after the 哈尔滨之夏 festival): no span
# ---- line 8: headline (the last item of the list, the article's own title)
# ---- line 9: subhead
p.ent("ADMIN", "木兰县", line=9)
p.ent("ADMIN", "复兴村", line=9)
# ---- line 10: the page's source line (medium + timestamp): BYLINE on the two media
p.byline("BYLINE", "哈尔滨新闻网-哈尔滨日报", line=10)
p.ent("ORG", "哈尔滨新闻网", line=10)
p.ent("ORG", "哈尔滨日报", line=10)                  # a paper named after its city is one ORG

# ---- line 12: caption (no credit)
# ---- line 14
p.ent("ADMIN", "复兴村", line=14, nth=1)             # 复兴村的丰收色
p.ent("PERSON", "邢广有", line=14)                   # 驻村第一书记 邢广有
p.ent("ADMIN", "复兴村", line=14, nth=1)             # 为复兴村谋划的复兴路 (复兴路: a figure, no span)
#   驻村扶贫工作队: an unnamed team, no ORG

# ---- line 16
p.ent("ADMIN", "木兰县", line=16)
p.ent("ADMIN", "柳河镇", line=16)
p.ent("ADMIN", "复兴村", line=16, every=True)        # 复兴村村口; 今年,复兴村

# ---- line 18
p.ent("ADMIN", "复兴村", line=18, every=True)        # 复兴村有9个自然屯; 2019年,复兴村
p.ent("ORG", "市林业和草原局", line=18)               # one ORG (field words joined by 和)
#   驻村工作队, 合作社: no span

# ---- line 20
p.ent("PERSON", "邢广有", line=20)

# ---- blocks
p.block(1, 7, "PAGE")            # breadcrumb + link list of the channel
p.block(8, 8, "HEADLINE", article=1)
p.block(9, 9, "SUBHEAD", article=1)
p.block(10, 10, "BYLINE", article=1)
p.block(12, 12, "CAPTION", article=1)
p.block(14, 20, "BODY", article=1)

p.save()
