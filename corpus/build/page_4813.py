"""page-4813: 白银日报 (text on the aggregator m.yybnet.net, 白银 > 靖远 channel), 2019-03-15, one
article: 靖远县2019年重点项目集中开工. Text as returned by the `pages` store, from its title; the
store's last line (a related-news link cut mid-word, 甘肃晶昊矿业有限公) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4813", "corpus/raw/pages/4813_baiyin_jingyuan_xiangmu_kaigong.txt",
         publisher="白银日报", date="2019-03-15", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "靖远县", line=1)                 # 靖远县2019年重点项目集中开工: unit inside an event
p.ent("PERSON", "宋奋吉", line=1)
p.ent("PERSON", "齐永刚", line=1)

# ---- line 3: medium with its timestamp = the page's source line (大字 is a font-size control)
p.byline("BYLINE", "白银日报", line=3)
p.ent("ORG", "白银日报", line=3)

# ---- line 5
p.byline("BYLINE", "本报讯 (记者黄武)", line=5)
p.ent("PERSON", "黄武", line=5)
p.ent("ADMIN", "靖远县", line=5)
#   阿西娅扶贫食品产业园项目: an industrial park (a place, decision 3/14), no span
p.ent("ORG", "市人大常委会", line=5)
p.ent("PERSON", "宋奋吉", line=5)
p.ent("ORG", "市政协", line=5)
p.ent("PERSON", "齐永刚", line=5)

# ---- line 7
p.ent("ORG", "市委", line=7, nth=1)              # 市委常委 -> 市委 (shortened title keeps the organ)
p.ent("ORG", "靖远县委", line=7)                 # 靖远县委书记
p.ent("PERSON", "郑钰", line=7)
p.ent("ORG", "市委", line=7, after="主持集中开工仪式")   # 市委常委、副市长李亚斌
p.ent("PERSON", "李亚斌", line=7)
p.ent("PERSON", "王禄邦", line=7)
p.ent("ORG", "市委", line=7, after="王禄邦")      # 市委秘书长
p.ent("PERSON", "张清", line=7)

# ---- line 9
p.ent("ORG", "靖远县政府", line=9)
p.ent("ORG", "靖远县城投公司", line=9)
p.ent("ORG", "阿西娅集团公司", line=9)
p.ent("ADMIN", "靖远", line=9, after="领导为")     # 靖远阿西娅扶贫食品产业园项目: unit inside a site's name

# ---- line 11
p.ent("PERSON", "郑钰", line=11)
p.ent("ADMIN", "靖远县", line=11)                # 靖远县2019年重点项目集中开工仪式 (event)
#   一盘棋, 开门红, 一季度: no formulas (docs/annotation.md: 一盘棋 is not a formula)

# ---- line 13
p.ent("PERSON", "李亚斌", line=13)
p.ent("ADMIN", "靖远县", line=13)
#   促发展、保民生、优环境、助脱贫: no numeral, no formula; 市县: level words

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)   # 白银日报 2019-03-15 09:06 大字 (medium + timestamp, 21NN rule)
p.block(5, 13, "BODY", article=1)     # (下转第三版) stays in the last body paragraph
p.block(15, 15, "PAGE")               # 新闻推荐 (site furniture)

p.save()
