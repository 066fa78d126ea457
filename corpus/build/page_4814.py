"""page-4814: 奇台县人民政府 (county portal news, inferred; copy stored at qtx.xjbzrk.com, 来源:奇台零距离),
2022-04-07, one article: 奇台县召开县委常委(扩大)会暨…主题活动推进会. Text as returned by the `pages`
store, from its title; the store's last paragraph (刘晓刚指出,… 全县上下要紧盯县第十) is cut off
mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4814", "corpus/raw/pages/4814_qitai_xianwei_changwei_kuoda.txt",
         publisher="奇台县人民政府", date="2022-04-07", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "奇台县", line=1)
p.ent("ORG", "县委", line=1)                    # 县委常委(扩大)会 is its meeting: ORG 县委 only (28NN)
#   “迎挑战 寻突破 开新局”: no numeral, no formula

# ---- line 3: web meta line with a labelled source (decision 12), timestamp outside
p.byline("BYLINE", "来源:奇台零距离", line=3)
p.ent("ORG", "奇台零距离", line=3)               # the county media centre's news account

# ---- line 6
p.ent("ADMIN", "奇台县", line=6)
p.ent("ORG", "县委", line=6)                    # 县委常委(扩大)会
p.ent("ORG", "区州党委", line=6)                # the autonomous region's and the prefecture's Party committees
#   县第十三次党代会: an event named by a level word, no span

# ---- line 8
p.ent("ORG", "奇台县委", line=8)                 # 奇台县委书记
p.ent("PERSON", "刘晓刚", line=8)
p.ent("ORG", "县委", line=8, after="讲话。")      # 县委副书记、县长刘强
p.ent("PERSON", "刘强", line=8)
p.ent("ORG", "县人大常委会党组", line=8)          # a known organ's 党组 belongs to it
p.ent("PERSON", "范吉军", line=8)
p.ent("ORG", "县政协党组", line=8, nth=1)
p.ent("PERSON", "徐宝霞", line=8)
p.ent("ORG", "县政协党组", line=8, after="徐宝霞")
p.ent("PERSON", "姜斌", line=8)
#   四套班子: a count of bodies, no formula, no ORG

# ---- line 10
p.ent("PERSON", "习近平", line=10, nth=1)
p.ent("ORG", "中央政治局常务委员会", line=10)
p.ent("ORG", "东航", line=10)                   # 东航MU5735航空器飞行事故: the airline inside an event
p.ent("PERSON", "习近平", line=10, after="讲话精神和")
#   首都义务植树活动: 首都 is an epithet for the capital, no span
p.ent("PERSON", "习近平", line=10, after="植树活动时")
p.ent("ORG", "中央政治局", line=10, after="十九届")   # term written before the organ stays outside
p.ent("ORG", "中共中央政治局", line=10)             # 中共中央政治局常委 -> the organ
p.ent("ORG", "全国政协", line=10)                 # 全国政协主席
p.ent("PERSON", "汪洋", line=10)
p.ent("ADMIN", "新疆", line=10)

# ---- line 12
p.ent("PERSON", "刘强", line=12)

# ---- line 14
p.ent("ADMIN", "奇台县", line=14, nth=1)
p.ent("ORG", "县商信局", line=14)
p.ent("ORG", "发改委", line=14)                  # bare organ after 县商信局 (decision 13)
p.ent("ADMIN", "半截沟镇", line=14)
p.ent("ADMIN", "西地镇", line=14)
p.ent("ADMIN", "奇台县", line=14, after="主要负责人")

# ---- line 16
p.ent("ADMIN", "奇台县", line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)    # 2022-04-07 10:53:52 来源:奇台零距离
p.block(4, 4, "PAGE")                 # 【字体: 打印 (site furniture)
p.block(6, 16, "BODY", article=1)

p.save()
