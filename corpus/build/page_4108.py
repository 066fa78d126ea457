"""page-4108: 湛江市麻章区人民政府 (zjmazhang.gov.cn, 要闻动态 channel), date not printed, one
article: 区委书记陈政 调研湖光镇重点项目 (its title is not in the stored text). Text as returned
by the `pages` store, from its start: site navigation and a list of notice links, then the article;
its last, cut-off paragraph (区委办公室、湖光镇…) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4108", "corpus/raw/pages/4108_mazhang_huguang_xiangmu.txt",
         publisher="湛江市麻章区人民政府", date=None, script="simplified", origin="pages")

# ---- lines 1-7: site navigation
p.ent("ADMIN", "麻章", line=7)                       # 走进麻章: the district by its bare name

# ---- lines 8-18: list of notice links (PAGE); their units keep their spans
p.ent("ORG", "湛江市麻章区发展和改革局", line=8)
p.ent("ADMIN", "麻章区", line=8)                     # 征集 麻章区“十五五”...
p.slogan("PLAN", "十五五", line=8)
p.ent("ADMIN", "湛江市", line=9)
p.ent("ADMIN", "麻章区", line=9)
p.ent("ADMIN", "麻章镇", line=9)
#   line 11 雷州半岛灌区工程: a peninsula, not a unit
p.ent("ADMIN", "湛江市", line=12)
p.ent("ADMIN", "麻章区", line=12)
p.ent("ADMIN", "湛江市", line=13)
p.ent("ADMIN", "麻章区", line=13)
p.ent("ADMIN", "岭头村", line=13)
p.ent("ADMIN", "麻章区", line=14)                    # inside a document title (decision 2)
p.ent("ADMIN", "麻章", line=16)                      # 麻章森工产业园: a park, the unit inside it
p.ent("ADMIN", "湛江市", line=17)
p.ent("ADMIN", "麻章区", line=17)                    # 森工产业园区: a park, no span
p.ent("ADMIN", "湛江", line=18)                      # 湛江-廉江成品油管道工程: units in a project name
p.ent("ADMIN", "廉江", line=18)
#   中科一体化: a project named after a company (中科炼化?) that the page does not name: no span

# ---- line 19
p.ent("ORG", "区委", line=19)                        # 区委书记
p.ent("PERSON", "陈政", line=19)
p.ent("ADMIN", "湖光镇", line=19)
p.ent("ADMIN", "那柳村", line=19)                    # 那柳村文旅项目
#   西城二污水处理厂: a facility, no span; 各镇各部门: generic
p.ent("ADMIN", "麻章", line=19)                      # 助力麻章实现…

# ---- line 21
p.ent("PERSON", "陈政", line=21)
#   金牛岛红树林品牌: an island, not a unit

# ---- line 22
p.ent("ADMIN", "湖光镇", line=22)
p.ent("ADMIN", "那柳村", line=22, nth=1)
p.ent("PERSON", "陈政", line=22)
p.ent("ADMIN", "麻章", line=22, nth=1)               # 具有麻章特色的优质研学基地
p.ent("ADMIN", "那柳村", line=22, nth=1)             # 将那柳村打造成…
p.ent("ADMIN", "麻章", line=22, nth=1)               # 麻章特色典型村

# ---- line 24
p.ent("PERSON", "陈政", line=24)

# ---- blocks
p.block(1, 18, "PAGE")                 # navigation bar and list of notice links
p.block(19, 24, "BODY", article=1)     # the article (no title stored)

p.save()
