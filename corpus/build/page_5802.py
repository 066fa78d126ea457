"""page-5802: 大庆油田报 (the newspaper of 大庆油田, 大庆市, 黑龙江), text credited 来源:大庆油田报, copy on
凤凰网黑龙江 (hlj.ifeng.com); 张起翔 (副省长) visits 大庆油田 on 6月20日. Text as returned by the `pages`
store: no title (the stored page starts with the lead), nothing cut off."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5802", "corpus/raw/pages/5802_daqing_youtian_zhangqixiang.txt",
         publisher="大庆油田报", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ADMIN", "黑龙江省", line=1)                 # 黑龙江省副省长: contracted title keeps the unit (decision 15)
p.ent("PERSON", "张起翔", line=1)
p.ent("ORG", "大庆油田", line=1)                   # 来大庆油田调研,了解油田生产经营情况: the enterprise
#   bare 油田 in 了解油田生产经营情况: no span
p.ent("PERSON", "习近平", line=1)
p.ent("ADMIN", "黑龙江省", line=1, after="视察")    # 视察黑龙江省期间
p.ent("ORG", "大庆油田股份公司", line=1)
p.ent("ORG", "油田党委", line=1)                   # 油田党委书记: the oilfield's Party committee (short form), title outside
#   公司执行董事: bare 公司, no span
p.ent("PERSON", "朱国文", line=1)

# ---- line 2
p.ent("PERSON", "张起翔", line=2)
p.ent("ORG", "大庆油田", line=2, after="立足新发展阶段,")   # 大庆油田要切实肩负起…
#   建设百年油田: no span
p.ent("ADMIN", "大庆", line=2, after="传承弘扬")    # 大庆精神: a unit inside a spirit's name (page-3402 precedent); 铁人精神 none
p.ent("ADMIN", "龙江", line=2)                     # 为龙江高质量发展: 黑龙江's two-character short form (page-3402)
p.ent("ORG", "大庆油田", line=2, after="为")        # 为大庆油田加速上扬成长“第二曲线”
#   “第二曲线” (an ordinal), “增值版”: no formula

# ---- line 3
p.ent("PERSON", "朱国文", line=3)
p.ent("ORG", "大庆油田", line=3, before="将牢记")
p.ent("PERSON", "习近平", line=3)
p.ent("ADMIN", "龙江", line=3, after="主动融入")     # 融入龙江发展大局
p.slogan("COUNT", "六个龙江", line=3)              # items not spelled out on the page
p.ent("ADMIN", "龙江", line=3, after="六个")        # the unit inside the formula (六个兴安, 六个湛江 precedent)
p.slogan("COUNT", "八个振兴", line=3)
p.ent("ORG", "大庆油田", line=3, after="贡献")      # 贡献大庆油田力量

# ---- line 4
p.ent("ORG", "黑龙江省政府", line=4)               # 省政府副秘书长 -> the organ + title
p.ent("PERSON", "许振宇", line=4)
p.ent("ORG", "省科技厅", line=4)
p.ent("PERSON", "陈苏", line=4)
p.ent("ORG", "省工信厅", line=4)
p.ent("PERSON", "王毅", line=4)
#   公司副总经理: bare 公司, no span
p.ent("PERSON", "白振国", line=4)
p.ent("ADMIN", "大庆市", line=4)                   # 大庆市副市长: contracted title keeps the unit
p.ent("PERSON", "田大文", line=4)

# ---- lines 5-7: the web meta credits below the article (decision 12: one BYLINE per labelled credit)
p.byline("BYLINE", "文字丨记者 韩陆", line=5)
p.ent("PERSON", "韩陆", line=5)
p.byline("BYLINE", "摄影丨记者 马克", line=6)       # a labelled photographer is a BYLINE (攝影:宋幸儒 precedent)
p.ent("PERSON", "马克", line=6)
p.byline("BYLINE", "来源:大庆油田报", line=7)
p.ent("ORG", "大庆油田报", line=7)

# ---- blocks (no title in the stored page)
p.block(1, 4, "BODY", article=1)
p.block(5, 7, "BYLINE", article=1)

p.save()
