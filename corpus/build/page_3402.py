"""page-3402: 大庆广播电视台 (dqrtv.cn, 正在关注 section; source tag 掌尚大庆), 2026-03-10, one article:
大庆市委理论学习中心组重温习近平总书记“大庆就是全国的标杆和旗帜”重要讲话精神.
Text as returned by the `pages` store, from the breadcrumb; its last paragraph (李世峰强调,…)
was cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3402", "corpus/raw/pages/3402_daqing_zhongxinzu.txt",
         publisher="大庆广播电视台", date="2026-03-10", script="simplified", origin="pages")

# ---- line 3: headline
p.ent("ORG", "大庆市委理论学习中心组", line=3)      # a committee's study group, one ORG with it
p.ent("PERSON", "习近平", line=3)
p.ent("ADMIN", "大庆", line=3, after="“")          # “大庆就是全国的标杆和旗帜”: the city

# ---- line 5: meta line with a labelled source
p.byline("BYLINE", "来源:掌尚大庆", line=5)
p.ent("ORG", "掌尚大庆", line=5)                   # the broadcaster's news app (a medium)

# ---- line 9
p.ent("ORG", "市委", line=9)                       # 市委书记
p.ent("PERSON", "李世峰", line=9)
p.ent("ORG", "市委理论学习中心组", line=9)          # 十届 (term before the organ) stays outside
p.ent("PERSON", "习近平", line=9)
p.ent("ADMIN", "大庆", line=9, after="“")          # 大庆就是全国的标杆和旗帜
p.ent("ADMIN", "大庆", line=9, after="致")         # 大庆油田 (the field discovered: a site)
p.ent("ADMIN", "大庆", line=9, after="弘扬")       # 大庆精神
p.ent("ADMIN", "大庆", line=9, after="中国式现代化")  # 大庆新实践
p.slogan("PLAN", "十五五", line=9)
p.slogan("COUNT", "三个城市", line=9)              # items not spelled out in the article

# ---- line 11: the speakers
for name in ["陈宏伟", "王艳茹", "孙永刚", "韩云", "孙坤", "田震"]:
    p.ent("PERSON", name, line=11)

# ---- line 13
p.ent("PERSON", "李世峰", line=13)
p.ent("PERSON", "习近平", line=13, every=True)
p.ent("ORG", "全国人大", line=13)                  # 十二届全国人大四次会议: the organ inside the meeting
p.ent("ADMIN", "黑龙江省", line=13)                # 黑龙江省代表团: a delegation, no ORG (as page-1601's 考察团)
p.ent("ADMIN", "大庆", line=13, every=True)        # 大庆就是…, 大庆精神 ×2, 大庆油田, 勉励大庆, 大庆工作
p.ent("ADMIN", "龙江", line=13, every=True)        # 亲临龙江视察 ×2: the province's two-character short name
p.slogan("COUNT", "两个确立", line=13)
p.slogan("COUNT", "两个维护", line=13)

# ---- blocks
p.block(1, 1, "PAGE")                              # 您的位置 >> 正在关注 (breadcrumb)
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)                 # 时间:… 来源:掌尚大庆
p.block(9, 13, "BODY", article=1)

p.save()
