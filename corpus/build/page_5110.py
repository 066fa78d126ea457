"""page-5110: 固始县人民政府 (gushi.gov.cn, county portal news), 2026-01-23 (date from the URL),
one article: 县级老同志座谈会暨工作通报会. Text as returned by the `pages` store: it opens with the
body (no title or meta line stored); its last paragraph, cut off mid-sentence ("会上,与会"), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5110", "corpus/raw/pages/5110_gushi_laotongzhi_zuotanhui.txt",
         publisher="固始县人民政府", date="2026-01-23", script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "县委", line=1, nth=1)               # 县委书记杨浩威
p.ent("PERSON", "杨浩威", line=1)
p.ent("ORG", "县委", line=1, nth=1)               # 县委副书记、县长李新民 (县长: bare title, no span)
p.ent("PERSON", "李新民", line=1)
p.ent("PERSON", "陈刚", line=1)
p.ent("PERSON", "葛开茂", line=1)
#   在固县级老同志: 固 is a one-character short form of 固始, never ADMIN

# ---- line 2
p.ent("PERSON", "杨浩威", line=2)
#   县四大班子: a count of bodies, no ORG and no formula
p.ent("ADMIN", "固始", line=2)
#   党的二十大, 二十届历次全会: no span
p.ent("ORG", "党中央", line=2)
p.ent("ORG", "省委", line=2)
p.ent("ORG", "市委", line=2)
p.ent("PERSON", "习近平", line=2)                  # inside the ideology's name; 中国 there is no ADMIN

# ---- line 3
p.ent("PERSON", "杨浩威", line=3)
p.ent("ADMIN", "固始", line=3, nth=1)             # 固始更名沿革两千周年
p.ent("ORG", "县委", line=3)
p.ent("ORG", "县政府", line=3)
p.ent("ADMIN", "固始", line=3, nth=1)             # 为固始经济社会发展

# ---- line 4
p.ent("PERSON", "杨浩威", line=4)
p.ent("ORG", "县委", line=4)
p.ent("ORG", "县政府", line=4)

# ---- slogans (none of them spelled out in the article: no expansions)
p.slogan("PLAN", "十四五", line=2)
p.slogan("PLAN", "十五五", line=3, nth=1)          # 今年是“十五五”开局之年
p.slogan("GROUP", "五新高地", line=3)               # 兴五新高地 (传千年根脉: 千年 counts no parts)
p.slogan("PARALLEL", "三系三统三引领", line=3)
p.slogan("COUNT", "八个视如", line=3)
p.slogan("PLAN", "十五五", line=3, nth=1)          # 为“十五五”良好开局

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
