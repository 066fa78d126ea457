"""page-5807: 常宁市融媒体中心 (cnxww.cn, the county-level city's media-centre site), 2022-03-25, one article:
【视频】市人大常委会调研组到常宁市融媒体中心专题调研. Text as returned by the `pages` store, from its title
(the breadcrumb 当前位置: above it and a cut image file name 尾巴.j at the end are left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5807", "corpus/raw/pages/5807_changning_rongmei_diaoyan.txt",
         publisher="常宁市融媒体中心", date="2022-03-25", script="simplified", origin="pages")

# ---- line 1: headline (【视频】 stays inside the HEADLINE block)
p.ent("ORG", "市人大常委会调研组", line=1)          # a team an organ sends out: one ORG with the organ
p.ent("ORG", "常宁市融媒体中心", line=1)

# ---- line 3: web meta line (decision 12): one BYLINE span per labelled credit, timestamp outside
p.byline("BYLINE", "来源:常宁市融媒体中心", line=3)
p.ent("ORG", "常宁市融媒体中心", line=3)
p.byline("BYLINE", "作者:尹一珺", line=3)
p.ent("PERSON", "尹一珺", line=3)
#   编辑:刘姝彤 is an editor credit: no byline span (editor lines carry none), the name is PERSON
p.ent("PERSON", "刘姝彤", line=3)

# ---- line 6: lead
p.ent("ORG", "市人大常委会调研组", line=6)
p.ent("ORG", "市融媒体中心", line=6)
p.ent("PERSON", "李支农", line=6)                  # 市领导 is a title word

# ---- line 10
p.ent("ORG", "常宁市融媒体中心", line=10)          # the longer name first (it holds 市融媒体中心)
p.ent("ORG", "市融媒体中心", line=10)              # 市融媒体中心于2019年4月挂牌成立
p.slogan("PARALLEL", "两微一端", line=10)          # two Weibo/WeChat accounts + one client app; items not listed
p.ent("ORG", "常宁电视台", line=10)
p.ent("ORG", "常宁人民广播电台", line=10)
p.ent("ORG", "广电宽带网络中心", line=10)          # a named second-level unit of the centre
#   “村村响” has no numeral: no formula
p.ent("ADMIN", "衡阳市", line=10, nth=1)           # 衡阳市级15个 (awards of the city level)
#   “优秀区县级融媒体中心”: an award title, no span
p.ent("PERSON", "方富贵", line=10)                  # 中心主任 is a title
p.ent("ADMIN", "衡阳市", line=10, after="省、")     # 国家、省、衡阳市奖
p.ent("ADMIN", "衡阳市", line=10, after="衡阳市奖")  # 在衡阳市率先启动

# ---- line 12
p.ent("PERSON", "李支农", line=12, nth=1)
#   融媒体中心 (bare, three times) is a bare institution type: no span (decision 13)
p.ent("ADMIN", "常宁", line=12)                    # “常宁声音”: the unit inside a phrase
p.ent("PERSON", "李支农", line=12)                 # second free occurrence
p.ent("ORG", "市人大常委会", line=12)

# ---- closing credit and editor lines
p.byline("BYLINE", "记 者:尹一珺", line=15)       # a spaced label is the labelled credit it spells
p.ent("PERSON", "尹一珺", line=15)
p.ent("PERSON", "刘小婧", line=17)                 # editor and review lines: PAGE, names PERSON
p.ent("PERSON", "刘姝彤", line=17)                 # (实习) is a role, outside
p.ent("PERSON", "袁丹", line=19)
p.ent("PERSON", "刘朝文", line=21)
p.ent("PERSON", "刘阳", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # source / author / editor / time meta line
p.block(4, 4, "PAGE")                  # —分享— (share widget)
p.block(6, 6, "BODY", article=1)
p.block(8, 8, "PAGE")                  # image file name 融媒体.jpg
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "BODY", article=1)
p.block(15, 15, "BYLINE", article=1)   # 记 者:尹一珺 under the article
p.block(17, 17, "PAGE")                # 编 辑
p.block(19, 19, "PAGE")                # 二 审
p.block(21, 21, "PAGE")                # 三 审
p.block(23, 23, "PAGE")                # 新闻热线
p.block(25, 25, "PAGE")                # 投稿邮箱

p.save()
