"""page-1207: 永吉县人民政府 website (今日永吉), 2021-04-06 -- annotated by strings via spanlib."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1207", "corpus/raw/pages/1207_yongji_gov.txt", publisher="永吉县人民政府",
         date="2021-04-06", script="simplified", origin="pages")

# ---------------------------------------------------------------- entities
# line 1: site greeting "欢迎您访问吉林永吉网站!" -- units named in the site's title
p.ent("ADMIN", "吉林", line=1)
p.ent("ADMIN", "永吉", line=1)
# line 5: column "今日永吉"
p.ent("ADMIN", "永吉", line=5)
# line 7: headline
p.ent("ORG", "省生态环境厅包保组", line=7)
p.ent("ADMIN", "永吉县", line=7)
# line 11
p.ent("ORG", "省生态环境厅", line=11)
p.ent("PERSON", "王茉", line=11)
p.ent("ORG", "吉林市生态环境局永吉县分局", line=11)
p.ent("ADMIN", "永吉县", line=11, nth=1)   # 带队永吉县开展
p.ent("ADMIN", "永吉县", line=11, nth=1)   # 永吉县副县长 (second occurrence, first free now)
p.ent("PERSON", "蓝卓", line=11)
p.ent("PERSON", "车国君", line=11)
p.ent("PERSON", "杨茉", line=11)
# line 13
p.ent("ADMIN", "万昌镇", line=13)
p.ent("ADMIN", "一拉溪镇", line=13)
p.ent("ADMIN", "口前镇", line=13)
# line 15: 永吉县 twice (我县 is deictic: no span)
p.ent("ADMIN", "永吉县", line=15, every=True)
# line 19: source line
p.ent("ORG", "市生态环境局永吉分局", line=19)
# line 21: previous-article link
p.ent("ADMIN", "新疆", line=21)
p.ent("ADMIN", "阿勒泰地区", line=21)
p.ent("ADMIN", "永吉县", line=21)
# footer
p.ent("ORG", "永吉县人民政府", line=31)
p.ent("ADMIN", "永吉县", line=33)
p.ent("ADMIN", "口前镇", line=33)

# ---------------------------------------------------------------- slogans
# none: 三级责任主体 is a count of levels (like 三级阵地), 一是…四是 are ordinals.

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "信息来源:市生态环境局永吉分局", line=19)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "PAGE")
p.block(5, 5, "COLUMN")
p.block(7, 7, "HEADLINE", article=1)
p.block(9, 9, "PAGE")            # 加入时间:… (time only)
p.block(11, 15, "BODY", article=1)
p.block(19, 19, "BYLINE", article=1)
p.block(21, 22, "PAGE")          # 上一篇 / 下一篇
p.block(24, 24, "PAGE")
p.block(28, 28, "PAGE")
p.block(31, 31, "PAGE")
p.block(33, 33, "PAGE")

p.save()
