"""agree-page-3402 (second pass): 大庆 city broadcaster's news site, 2026-03-10, one article:
大庆市委理论学习中心组重温习近平总书记“大庆就是全国的标杆和旗帜”重要讲话精神 (来源:掌尚大庆)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3402", "corpus/raw/pages/3402_daqing_zhongxinzu.txt",
         publisher="大庆广播电视台", date="2026-03-10", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: breadcrumb (PAGE), no spans

# ---- line 3: headline
p.ent("ORG", "大庆市委理论学习中心组", line=3)       # committee's study group: one ORG with its parent
p.ent("PERSON", "习近平", line=3)
p.ent("ADMIN", "大庆", line=3)                       # 大庆就是全国的标杆和旗帜 (quoted speech)

# ---- line 5: web meta line, one article's source
p.byline("BYLINE", "来源:掌尚大庆", line=5)
p.ent("ORG", "掌尚大庆", line=5)                     # the medium (news app) named as source

# ---- line 9: first paragraph
p.ent("ORG", "市委", line=9)                         # 市委书记 -> ORG 市委
p.ent("PERSON", "李世峰", line=9)
p.ent("ORG", "市委理论学习中心组", line=9)           # 十届 (term before the organ) stays outside
p.ent("PERSON", "习近平", line=9)
p.ent("ADMIN", "大庆", line=9)                       # “大庆就是全国的标杆和旗帜”
p.ent("ADMIN", "大庆", line=9, after="致")           # 大庆油田发现60周年: the oilfield as a place
p.ent("ADMIN", "大庆", line=9, after="弘扬")         # 大庆精神(铁人精神)
p.slogan("PLAN", "十五五", line=9)
p.slogan("COUNT", "三个城市", line=9)                 # “三个城市”, items not spelled out
# 中国式现代化: fixed political term, no ADMIN
p.ent("ADMIN", "大庆", line=9, after="中国式现代化")  # 大庆新实践
# 党的二十届四中全会: no span, no formula

# ---- line 11: speakers
for name in ["陈宏伟", "王艳茹", "孙永刚", "韩云", "孙坤", "田震"]:
    p.ent("PERSON", name, line=11)

# ---- line 13
p.ent("PERSON", "李世峰", line=13)
p.ent("PERSON", "习近平", line=13, every=True)       # six mentions
p.ent("ORG", "全国人大", line=13)                    # 十二届全国人大四次会议: organ inside the meeting
p.ent("ADMIN", "黑龙江省", line=13)                  # 黑龙江省代表团: the delegation is no ORG
p.ent("ADMIN", "大庆", line=13, nth=1)               # “大庆就是全国的标杆和旗帜
p.ent("ADMIN", "大庆", line=13, nth=1)               # 大庆精神激励着…
p.ent("ADMIN", "龙江", line=13, nth=1)               # 亲临龙江视察 (= 黑龙江)
# ‘油头化尾’, ‘油城’: no numeral / an epithet
p.ent("ADMIN", "大庆", line=13, after="2019年9月")    # 在大庆油田发现60周年之际
p.ent("ADMIN", "大庆", line=13, after="勉励")         # 勉励大庆“不断改革创新…
p.ent("ADMIN", "龙江", line=13, after="再次亲临")     # 再次亲临龙江视察
p.ent("ADMIN", "大庆", line=13, after="弘扬")         # 大庆精神(铁人精神)
p.ent("ADMIN", "大庆", line=13, after="做好")         # 做好大庆工作
p.slogan("COUNT", "两个确立", line=13)
p.slogan("COUNT", "两个维护", line=13)

# ---- blocks
p.block(1, 1, "PAGE")                  # 您的位置 >> 正在关注 (breadcrumb)
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)     # 时间:… 来源:掌尚大庆 (decision 12)
p.block(9, 13, "BODY", article=1)      # three paragraphs, split by the blank lines

p.save()
