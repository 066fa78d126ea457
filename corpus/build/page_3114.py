"""page-3114: 东昌府新闻网 (dcgdxww.com, the site of 聊城市东昌府区融媒体中心), 2021-09-07, one
article: 东昌府区“央媒省媒看聊城”宣传竞赛活动安排部署会召开. Text as returned by the `pages`
store, from the site banner; nothing dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3114", "corpus/raw/pages/3114_dongchangfu_yangmei_jingsai.txt",
         publisher="东昌府新闻网", date="2021-09-07", script="simplified", origin="pages")

# ---- line 1: site banner (PAGE)
p.ent("ORG", "东昌府新闻网", line=1)               # the site itself (a unit's own news site)
p.ent("ADMIN", "聊城", line=1)                     # 聊城视音频新闻门户网站: the city inside the site's description

# ---- line 7: headline
p.ent("ADMIN", "东昌府区", line=7)
p.ent("ADMIN", "聊城", line=7)                     # “央媒省媒看聊城”: the city inside a campaign's name

# ---- line 9: web meta line
p.byline("BYLINE", "作者:东昌府新闻网", line=9)
p.ent("ORG", "东昌府新闻网", line=9)

# ---- line 11: source tag + first paragraph
p.byline("BYLINE", "东昌府讯", line=11)
p.ent("ADMIN", "东昌府", line=11)                  # place-tagged source tag (本报凌云讯 rule)
p.ent("ADMIN", "东昌府区", line=11)
p.ent("ADMIN", "聊城", line=11)
p.ent("ORG", "东昌府区委", line=11)                # 东昌府区委常委 -> the committee
p.ent("ORG", "宣传部", line=11)                    # 宣传部长 -> 宣传部 (contracted title)
p.ent("PERSON", "陈海蓉", line=11)

# ---- line 13
p.ent("ADMIN", "聊城", line=13)
#   省、市: level words

# ---- line 15
p.ent("PERSON", "陈海蓉", line=15)
#   四个方面: prose count; 上级宣传部门, 央媒、省媒: generic; 首善之区: epithet
p.ent("ADMIN", "聊城", line=15)

# ---- line 17: documents and speakers
p.ent("ADMIN", "东昌府区", line=17)                # 《东昌府区“央媒省媒看聊城”…实施方案》
p.ent("ADMIN", "聊城", line=17)
p.ent("ADMIN", "东昌府", line=17, after="媒眼观新")  # 《“媒眼观新东昌府”…方案》
p.ent("ORG", "区融媒体中心", line=17)
p.ent("ORG", "区体育事业发展中心", line=17)
p.ent("ADMIN", "道口铺街道", line=17)
p.ent("ADMIN", "闫寺街道", line=17)
p.ent("ADMIN", "堂邑镇", line=17)
p.ent("ADMIN", "张炉集镇", line=17)

# ---- line 19: closing credit
p.byline("CREDIT", "(东昌府融媒:王洪伟)", line=19)
p.ent("ORG", "东昌府融媒", line=19)               # the media centre's short name as the credit's source
p.ent("PERSON", "王洪伟", line=19)

# ---- blocks
p.block(1, 1, "PAGE")          # site banner
p.block(3, 3, "PAGE")          # 手机网站 | 帮助中心
p.block(5, 5, "PAGE")          # breadcrumb
p.block(7, 7, "HEADLINE", article=1)
p.block(9, 9, "BYLINE", article=1)   # 作者:… 发表于:… (decision 12)
p.block(11, 17, "BODY", article=1)
p.block(19, 19, "BODY", article=1)   # a line holding only a CREDIT stays BODY

p.save()
