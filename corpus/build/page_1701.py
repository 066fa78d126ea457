import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 友谊县人民政府 (hljyy.gov.cn, 黑龙江省双鸭山市友谊县): county government news item on the
# first 县场联席会议 of 2025 (county and the 友谊农场 state farm). Stored opening from the `pages`
# store; the last paragraph (李伟强调，要切实… cut off at "切实将机制") is dropped.
# No publication date printed on the page (the meeting was on 3月17日; URL gives only 2025-03).
p = Page("page-1701", "corpus/raw/pages/1701_youyi_xianchang_lianxi.txt",
         publisher="友谊县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ------------------------------------------------------------------ spans
# line 2 (subtitle)
p.ent("PERSON", "李伟", line=2)
p.ent("ADMIN", "友谊", line=2)                      # 推动友谊高质量发展: the county by its short form
# line 3
p.ent("ORG", "省市委", line=3)                      # 省委 and 市委 contracted; one span (cannot be split)
p.ent("ORG", "北大荒集团", line=3)
p.ent("ORG", "县委", line=3)                        # 县委书记 李伟
p.ent("PERSON", "李伟", line=3)
for name in ["张成亮", "梁爱民", "邹建勋", "张海涛", "刘玉琢", "段姗姗", "王艳", "印长举",
             "胡德利", "李少威", "李浩", "吕春茹", "孔庆龙", "王屾", "陈明恩", "戴兵",
             "尹显洪", "张毅", "孙永刚", "杨慧"]:
    p.ent("PERSON", name, line=3)
# line 4
p.ent("ADMIN", "友谊县", line=4)                    # 友谊县2025年区域融合重点工作计划安排 (a plan, decision 2)
p.ent("ORG", "友谊农场", line=4, every=True)       # the state farm (two mentions)
# line 5
p.ent("ORG", "友谊农场党委", line=5)               # 友谊农场党委书记: sub-unit with its parent
p.ent("PERSON", "尹显洪", line=5)
p.ent("ORG", "友谊县委", line=5)
p.ent("ORG", "县政府", line=5, nth=1)
p.ent("ORG", "县委", line=5)                        # 与县委、县政府 (the later 县委: 友谊县委 already covered)
p.ent("ORG", "县政府", line=5)
# line 6
p.ent("PERSON", "李伟", line=6)

# ------------------------------------------------------------------ slogans
# none: “一盘棋” is not a formula (docs/annotation.md), 抓经济、促改革、惠民生 has no numeral.

# ------------------------------------------------------------------ bylines
# none printed.

# ------------------------------------------------------------------ blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)                 # 李伟强调，… under the title (decision 1)
p.block(3, 6, "BODY", article=1)

p.save()
