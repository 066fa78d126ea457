"""page-3809: 常州市钟楼区人民政府 (zhonglou.gov.cn), 新闻中心>>基层信息>>新闸街道 channel: one street
item on 唐家社区党群服务中心 (新闸街道, 钟楼区, 常州, 江苏). Text as returned by the `pages` store; the
stored page opens with its breadcrumb and holds no title line. Date not printed (the URL folder says 0527, 2024)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3809", "corpus/raw/pages/3809_zhonglou_xinzha_tangjia.txt",
         publisher="常州市钟楼区人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE); the street channel names the unit
p.ent("ADMIN", "新闸街道", line=1)

# ---- line 2
p.ent("ORG", "新闸街道党工委", line=2)                 # organ with its unit prefix, one span
p.ent("PERSON", "王炎丰", line=2)
p.ent("ORG", "唐家社区党群服务中心", line=2)            # a community's named service centre (ORG with prefix)
p.ent("ORG", "街道党工委", line=2)                    # level word + organ, like 县委
#   办事处 (bare, like 政府): no span
p.ent("PERSON", "杨高飞", line=2)
p.ent("ORG", "人大工委", line=2)                      # the street's 人大工作委员会, bare organ of one body
p.ent("PERSON", "王俊", line=2)
p.ent("ORG", "党工委", line=2, after="王俊")           # bare 党工委 meaning the street's (rules take it)
p.ent("PERSON", "孙伟栋", line=2)
p.ent("PERSON", "陈丽云", line=2)

# ---- line 3
p.ent("ORG", "唐家村党群服务中心", line=3)              # same centre, printed with 村
p.ent("ORG", "新闸街道党工委", line=3)
#   办事处, 新昌路270号, 全市, 社区党群服务中心 (generic), 人才公寓, 卫生服务站, 新党群服务中心: no span

# ---- line 4
p.ent("ORG", "街道党工委", line=4)
p.ent("PERSON", "王炎丰", line=4, nth=1)
p.ent("PERSON", "王炎丰", line=4, nth=1)              # 王炎丰指出 (second, first now covered)
#   “15分钟社区生活圈”: counts minutes, no formula

# ---- line 5
p.ent("ORG", "唐家社区党群服务中心", line=5)            # acts: 将继续以…为统领
p.byline("CREDIT", "(邵晶)")
p.ent("PERSON", "邵晶", line=5)

# ---- blocks
p.block(1, 1, "PAGE")                 # breadcrumb
p.block(2, 5, "BODY", article=1)      # no title stored

p.save()
