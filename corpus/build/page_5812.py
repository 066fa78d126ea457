"""page-5812: 武山县人民政府 (county portal www.wushan.gov.cn, 天水市武山县, 甘肃; publisher inferred from the
domain and the story of its 榆盘镇), no date printed, one article:
【“三抓三促”行动进行时】榆盘镇开展“比武找差距 实战促提升”干部实战模拟课堂.
Text as returned by the `pages` store, from its title; its last paragraph, cut off mid-sentence by the
store (实战模拟课堂上,7个村分别从各自的村情实际出发,以县委组织部下发的“五类”党员管理模式), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5812", "corpus/raw/pages/5812_wushan_yupan_shizhan.txt",
         publisher="武山县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline with its series banner 【“三抓三促”行动进行时】
p.slogan("PARALLEL", "三抓三促", line=1)       # Gansu's 2023 campaign; its items are not spelled out
p.ent("ADMIN", "榆盘镇", line=1)
#   “比武找差距 实战促提升”: no numeral, no formula

# ---- line 2
p.slogan("PARALLEL", "三抓三促", line=2)       # 省市县“三抓三促”行动动员部署会议
p.ent("ADMIN", "榆盘", line=2)                 # 为榆盘经济社会事业发展: the township by its bare name
p.ent("ADMIN", "榆盘镇", line=2)               # 连日来,榆盘镇开启了…

# ---- line 3: the seven villages listed before their level word (…等7个村)
p.ent("ADMIN", "榆盘镇", line=3)
for v in ["马河", "苏家", "四湾", "河程", "鲁班", "徐黄村", "堡东"]:
    p.ent("ADMIN", v, line=3)
#   两轮, 两到三周, 前三名, 后两名: counts in prose

# ---- line 4
p.slogan("PARALLEL", "三抓三促", line=4)       # 促进省市县“三抓三促”行动在榆盘大地…
p.ent("ADMIN", "榆盘", line=4)                 # 在榆盘大地
#   “比学赶超”: no numeral

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 4, "BODY", article=1)

p.save()
