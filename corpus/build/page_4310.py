"""page-4310: xwzx.qqzyw.com (新闻中心 of qqzyw.com), a copied report on 景德镇's 扶贫领域专项巡察 (2017 by its
text: 2016年底 … 今年以来; no date printed). The original source is not printed (cf. fx361.cc in batch 36NN).
Text as returned by the `pages` store from its opening (no title stored); its last paragraph (通过高位推动、
上下联动,景德镇市县两级相继出台《关于进一步强化精) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4310", "corpus/raw/pages/4310_jingdezhen_fupin_xuncha.txt",
         publisher="qqzyw.com", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "景德镇市委", line=1)
#   下属4个县(市、区)党委: generic
p.ent("ORG", "乐平市委", line=1)
p.ent("ORG", "建设局", line=1)                  # 乐平市's bureau, one specific body (decision 13)
p.ent("ORG", "浮梁县委", line=1)
p.ent("ORG", "林业局", line=1)                  # 浮梁县's bureau
p.ent("ORG", "昌江区委", line=1)
p.ent("ORG", "农业局", line=1)                  # 昌江区's bureau
p.ent("ADMIN", "景德镇市", line=1, after="今年以来")   # 景德镇市树立…思想
#   “一盘棋”: not a formula (docs/annotation.md); “显微镜”“探照灯”: metaphors

# ---- line 2
p.ent("ORG", "景德镇市委", line=2)
p.ent("ADMIN", "乐平", line=2)                  # 乐平等下属县(市、区)委: the city, before a generic organ word
#   市县党委, 常委会, 各级党组织: generic

# ---- line 3
#   18个省级贫困村, 市县两级: counts and levels, no span
p.slogan("GROUP", "精准扶贫十大工程", line=3)    # like 碳达峰十大行动; the ten items are not listed

# ---- blocks: one article, no title stored
p.block(1, 3, "BODY", article=1)

p.save()
