"""page-5508: 楚雄市人民政府 (cxs.gov.cn, portal of 楚雄市, the county-level city that seats 楚雄彝族自治州, 云南;
publisher inferred from the domain and the text), one article: 冯毅 (州委常委、楚雄市委书记) on a visit to 新村镇 and
大地基乡 on 2025-12-05. Text as returned by the `pages` store, which keeps no title, byline or meta line; its last
paragraph (冯毅强调:要始终把安全生产… cut mid-sentence at "要强化") is dropped. No publication date printed."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5508", "corpus/raw/pages/5508_chuxiong_fengyi_yishuiliangwu.txt",
         publisher="楚雄市人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ORG", "州委", line=1)                     # 州委常委 -> contracted title keeps the organ (decision 15)
p.ent("ORG", "楚雄市委", line=1)                 # 楚雄市委书记冯毅
p.ent("PERSON", "冯毅", line=1)
p.ent("ADMIN", "新村镇", line=1)
p.ent("ADMIN", "大地基乡", line=1)
#   党的二十届四中全会: a plenary session, no span and no formula

# ---- line 3
p.ent("ADMIN", "新村镇", line=3)                 # 新村镇西叉村地质灾害搬迁安置点: units inside a site's name
p.ent("ADMIN", "西叉村", line=3)
p.ent("PERSON", "冯毅", line=3, every=True)      # 冯毅来到, 冯毅指出 (2)

# ---- line 4
p.ent("PERSON", "冯毅", line=4, every=True)      # 冯毅实地调研, 冯毅强调 (2)
p.slogan("PARALLEL", "一水两污", line=4, every=True)   # “一水两污”项目 ×2: two numeral-led parts; items not spelled out
#   “户分类、组收集、村转运、乡处理”: no numeral, no formula; 全州: level word

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(3, 4, "BODY", article=1)

p.save()
