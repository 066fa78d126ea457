"""page-1903: 洛宁县人民政府 (luoning.gov.cn), 2021-05-21, one article:
洛阳市沟域经济现场观摩会在兴华镇顺利召开 (source: 兴华镇政府). Text as returned by the
`pages` store, from its title; the stored page is complete."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1903", "corpus/raw/pages/1903_luoning_gouyu_guanmo.txt",
         publisher="洛宁县人民政府", date="2021-05-21", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "洛阳市", line=1)        # 洛阳市沟域经济现场观摩会: a unit inside an event name (decision 2)
p.ent("ADMIN", "兴华镇", line=1)

# ---- line 3: web meta line naming the article's source (decision 12)
p.byline("BYLINE", "来源:兴华镇政府")
p.ent("ORG", "兴华镇政府", line=3)

# ---- line 4
p.ent("ADMIN", "兴华镇", line=4)        # 兴华镇竹梦小镇园区: 小镇/园区 are places (decision 3)
p.ent("ORG", "洛阳市政府", line=4)      # 洛阳市政府副秘书长
p.ent("PERSON", "王淑霞", line=4)
#   全市各县主管农业副县长、农业局局长、林业局局长: the bureaux of every county, generic (no span)
#   部分乡镇党委书记: generic
p.ent("ORG", "县委", line=4)            # 县委副书记、县长周东柯
p.ent("PERSON", "周东柯", line=4)

# ---- line 5
p.ent("ORG", "兴华镇党委", line=5)      # 兴华镇党委书记: the title keeps its organ
p.ent("PERSON", "韦金六", line=5)

# ---- line 6
#   竹梦小镇园区园区产品展示大厅: a venue, no span
p.ent("ADMIN", "沟门村", line=6)

# ---- line 7
p.ent("ADMIN", "兴华镇", line=7, nth=1)  # 兴华镇新一届党政领导班子
p.ent("PERSON", "韦金六", line=7)        # 韦金六书记
p.ent("PERSON", "黄政", line=7)          # 黄政镇长 (name + title 镇长)
p.ent("ADMIN", "兴华镇", line=7)         # 展现出了兴华镇新一届领导班子

# ---- line 8
p.ent("ADMIN", "兴华镇", line=8)
#   竹梦小镇: a place; 全宝重镇: an epithet, no unit

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                    # 时间:2021-05-21 19:38 (timestamp only)
p.block(3, 3, "BYLINE", article=1)       # 来源:兴华镇政府
p.block(4, 8, "BODY", article=1)

p.save()
