"""page-2611: 东乌珠穆沁旗人民政府 (dwq.gov.cn, 要闻动态 > 领导活动), 2025-06-20, one article:
旗委书记周玉龙 visits 满都宝力格镇 and 嘎海乐苏木. Text as returned by the `pages` store (it
holds no title); its last paragraph (随后,周玉龙赴乃林郭勒河…) was cut mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2611", "corpus/raw/pages/2611_dongwuqi_zhouyulong_diaoyan.txt",
         publisher="东乌珠穆沁旗人民政府", date="2025-06-20", script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "旗委", line=1)                        # 旗委书记 -> ORG + title
p.ent("PERSON", "周玉龙", line=1)
p.ent("ADMIN", "满都宝力格镇", line=1)
p.ent("ADMIN", "嘎海乐苏木", line=1)

# ---- line 2
for name in ["中康", "宏博", "锡林", "阿尔哈达"]:   # mining enterprises by their short names
    p.ent("ORG", name, line=2)
#   中央生态环保督察: 中央 as a modifier of the inspection (no span)
p.slogan("PARALLEL", "一岗双责", line=2)            # “党政同责、一岗双责”: 党政同责 has no numeral
#   达赛脱、迪彦钦阿木等重点项目: projects, no span

# ---- line 3
p.ent("ADMIN", "满都宝力格镇", line=3)
p.ent("ADMIN", "嘎海乐苏木", line=3)
p.slogan("COUNT", "八项规定", line=3, every=True)   # 中央八项规定 (x2); 中央 a modifier, no span
#   浑善达克沙地: a landscape, no span; 嘎查(社区)“两委”: generic bodies, no formula

# ---- blocks
p.block(1, 3, "BODY", article=1)

p.save()
