import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page
p = Page("agree-page-5802", "corpus/raw/pages/5802_daqing_youtian_zhangqixiang.txt",
         publisher="大庆油田报", date=None, script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---------------------------------------------------------------- line 1
p.ent("ADMIN", "黑龙江省", line=1)                  # 黑龙江省副省长
p.ent("PERSON", "张起翔", line=1)
p.ent("ORG", "大庆油田", line=1)                    # 来大庆油田调研: the enterprise (it acts below)
p.ent("PERSON", "习近平", line=1)
p.ent("ADMIN", "黑龙江省", line=1, after="视察")
p.ent("ORG", "大庆油田股份公司", line=1)            # as written; see notes
p.ent("ORG", "油田党委", line=1)                    # the oilfield's Party committee (one body)
#   公司执行董事: bare 公司 (decision 13), no span
p.ent("PERSON", "朱国文", line=1)

# ---------------------------------------------------------------- line 2
p.ent("PERSON", "张起翔", line=2)
p.ent("ORG", "大庆油田", line=2)                    # 大庆油田要切实肩负起
#   大庆精神铁人精神: spirits of the Party's 精神谱系, named after the oilfield; no span (notes)
p.ent("ADMIN", "龙江", line=2)                      # 为龙江高质量发展: Heilongjiang by its two-character name
#   地方政府: generic
p.ent("ORG", "大庆油田", line=2, after="地方政府")

# ---------------------------------------------------------------- line 3
p.ent("PERSON", "朱国文", line=3)
p.ent("ORG", "大庆油田", line=3)
p.ent("PERSON", "习近平", line=3)
p.ent("ADMIN", "龙江", line=3)                      # 融入龙江发展大局
p.slogan("COUNT", "六个龙江")                       # items not spelled out
p.ent("ADMIN", "龙江", line=3, after="六个")         # unit inside the formula (decision 2)
p.slogan("COUNT", "八个振兴")
p.ent("ORG", "大庆油田", line=3, after="八个振兴")

# ---------------------------------------------------------------- line 4
p.ent("ORG", "黑龙江省政府", line=4)
p.ent("PERSON", "许振宇", line=4)
p.ent("ORG", "省科技厅", line=4)
p.ent("PERSON", "陈苏", line=4)
p.ent("ORG", "省工信厅", line=4)
p.ent("PERSON", "王毅", line=4)
#   公司副总经理: bare 公司, no span
p.ent("PERSON", "白振国", line=4)
p.ent("ADMIN", "大庆市", line=4)                    # 大庆市副市长: unit + title
p.ent("PERSON", "田大文", line=4)

# ---------------------------------------------------------------- lines 5-7: labelled meta lines under the article
p.byline("BYLINE", "文字丨记者 韩陆")
p.ent("PERSON", "韩陆", line=5)
p.byline("BYLINE", "摄影丨记者 马克")              # labelled photographer in a meta line (攝影:宋幸儒 precedent)
p.ent("PERSON", "马克", line=6)
p.byline("BYLINE", "来源:大庆油田报")
p.ent("ORG", "大庆油田报", line=7)                  # a byline's source naming a medium is ORG

# ---------------------------------------------------------------- blocks
p.block(1, 4, "BODY", article=1)                   # no headline printed on the page
p.block(5, 7, "BYLINE", article=1)

p.save()
