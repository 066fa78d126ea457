"""page-2414: 甘肃日报 (szb.gansudaily.com.cn, e-paper gsrb 2021-06-30, article c257556): a feature on
夏河县 by 刘华 袁茂润 道吉. The stored text opens with the byline (no title stored); its last stored
paragraph (今年一季度，…同比增长45.8%;全县城) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2414", "corpus/raw/pages/2414_gsrb_xiahe.txt",
         publisher="甘肃日报", date="2021-06-30", script="simplified", origin="pages")

# ---- line 1: byline (names only, no role: the authors)
p.byline("BYLINE", "刘华 袁茂润 道吉", line=1)
for name in ["刘华", "袁茂润", "道吉"]:
    p.ent("PERSON", name, line=1)

# ---- line 2
p.ent("ADMIN", "夏河", line=2)                      # 夏河大地: bare name of the county

# ---- line 3
p.ent("ADMIN", "夏河县", line=3)
p.ent("PERSON", "习近平", line=3, nth=1)            # 习近平新时代中国特色社会主义思想
p.ent("PERSON", "习近平", line=3)                   # 习近平总书记
p.ent("ADMIN", "甘肃", line=3)
#   十九大, 十九届二中、三中、四中、五中全会: no formula
p.slogan("COUNT", "四个意识", line=3)
p.slogan("COUNT", "四个自信", line=3)
p.slogan("COUNT", "两个维护", line=3)
p.ent("ORG", "党中央", line=3)
p.ent("ORG", "省委", line=3)
p.ent("ORG", "州委", line=3)
#   新发展阶段、新发展理念、新发展格局: no numeral
p.slogan("PARALLEL", "五位一体", line=3)           # 五位|一体: two numeral-led parts, like 一国两制
p.slogan("COUNT", "四个全面", line=3)
#   “绿色夏河、文化夏河、美丽夏河、平安夏河、幸福夏河”: no numeral; the county inside each name is ADMIN
for _ in range(5):
    p.ent("ADMIN", "夏河", line=3)

# ---- line 4
p.slogan("GROUP", "五无甘南", line=4)              # “五无甘南”创建行动: N无 + the prefecture
p.ent("ADMIN", "甘南", line=4)                      # unit inside a campaign name (decision 2)
p.ent("ADMIN", "夏河县", line=4)
#   三项 …大会战: no numeral printed, no formula
p.slogan("PLAN", "十三五", line=4)

# ---- blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 4, "BODY", article=1)

p.save()
