"""page-5103: 马鞍山日报 (text on the yybnet.net mirror, 马鞍山 channel: m.yybnet.net/maanshan/news/202109/
11529354.html), 2021-09-16, one article: 市领导赴马鞍山经开区调研, followed by the site's 新闻推荐 link list.
Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5103", "corpus/raw/pages/5103_maanshan_jingkaiqu_diaoyan.txt",
         publisher="马鞍山日报", date="2021-09-16", script="simplified", origin="pages")

# ---- line 1: page title
p.ent("ADMIN", "马鞍山市", line=1)                  # 马鞍山市领导: the city + a title word
p.ent("ADMIN", "马鞍山经开区", line=1)              # a named zone, one span (decision 3, 金村新區)

# ---- line 3: the medium with its timestamp = the page's source line (BYLINE block)
p.ent("ORG", "马鞍山日报", line=3)
p.byline("BYLINE", "马鞍山日报", line=3)            # 大字 (font size) and the timestamp stay outside

# ---- line 5: the title printed again
p.ent("ADMIN", "马鞍山经开区", line=5)              # 市领导: a level word + title, no span

# ---- line 7: byline + lead
p.byline("BYLINE", "本报讯(记者 刘挺)", line=7)
p.ent("PERSON", "刘挺", line=7)
p.ent("ORG", "市委", line=7)                        # 市委副书记 -> ORG + title
p.ent("PERSON", "张泉", line=7)
p.ent("ADMIN", "马鞍山经开区", line=7)

# ---- line 9
#   “省际产业合作园区”: a kind of park, no span
p.ent("ADMIN", "马鞍山", line=9, before="青浦工业园")  # 马鞍山青浦工业园: a park (place), units inside it
p.ent("ADMIN", "青浦", line=9)                      # 青浦 = 上海市青浦区, the partner district the park is named after
p.ent("PERSON", "张泉", line=9, nth=1)
p.ent("ADMIN", "马鞍山经开区", line=9)
#   沪苏浙: one-character short forms, no ADMIN
#   金山嘉苑农贸市场: a market named after a residential compound, no span
p.ent("PERSON", "张泉", line=9, after="金山嘉苑")
p.ent("ORG", "汉马科技集团股份有限公司", line=9)
p.ent("PERSON", "张泉", line=9, after="汉马科技")
p.ent("ORG", "蒙牛乳业(马鞍山)有限公司", line=9)     # the bracketed city is part of the company's name
p.ent("PERSON", "张泉", line=9, after="蒙牛乳业")
#   长三角: a region, no span

# ---- line 11
p.ent("PERSON", "张泉", line=11)
p.ent("ADMIN", "马鞍山经开区", line=11)
p.slogan("PARALLEL", "双招双引", line=11)           # 招商引资 + 招才引智: two 双-led parts (双 as numeral, decision 10)

# ---- lines 13-24: the site's link list (新闻推荐) and furniture: PAGE, entities kept
p.ent("ORG", "马鞍山市老年大学", line=15)
p.ent("ORG", "市老年大学", line=17, nth=1)
p.byline("BYLINE", "本报消息见习记者宣昀昊通讯员胡雪莹报道", line=17)  # the teaser's own byline (source tag 本报消息)
p.ent("PERSON", "宣昀昊", line=17)
p.ent("PERSON", "胡雪莹", line=17)
p.ent("ORG", "市老年大学", line=17, after="报道")
p.ent("ADMIN", "马鞍山", line=19, nth=1)            # 马鞍山新闻: the channel's name, unit inside (decision 2)
p.ent("ADMIN", "马鞍山", line=19, nth=1)            # 传播马鞍山正能量 (first free hit after the one above)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # medium + timestamp: the page's source line (21NN decision)
p.block(5, 5, "HEADLINE", article=1)    # a web page's title printed twice: HEADLINE both times
p.block(7, 11, "BODY", article=1)
p.block(13, 24, "PAGE")                 # 新闻推荐 link list, site slogan, 相关推荐, 新闻推荐

p.save()
