import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1412", "corpus/raw/pages/1412_linli_zhendi.txt",
         publisher="临澧党建网（中共临澧县委组织部）", date=None, script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1 (headline)
p.ent("PERSON", "黄建国", line=1)
p.ent("ADMIN", "临澧", line=1)                    # bare name of the county

# ---- line 2
p.ent("ADMIN", "湖南省", line=2)
p.ent("ORG", "临澧县委", line=2)                   # 临澧县委书记黄清宇
p.ent("PERSON", "黄清宇", line=2)
p.ent("ORG", "县委", line=2, after="典型发言。")     # 县委常委、组织部长朱金平
p.ent("ORG", "组织部", line=2, after="县委常委、")   # contracted title 组织部长 (decision 15)
p.ent("PERSON", "朱金平", line=2)
p.ent("ORG", "组织部", line=2, after="朱金平,")      # 组织部全体机关干部
p.ent("ORG", "县建设局", line=2)
p.ent("ORG", "发改局", line=2)
p.ent("ORG", "财政局", line=2)

# ---- line 3
p.ent("PERSON", "黄清宇", line=3)
p.ent("ORG", "临澧县委", line=3)
p.ent("ORG", "县政府", line=3)

# ---- line 4
p.ent("ORG", "省委", line=4)                      # 省委常委、组织部长黄建国
p.ent("ORG", "组织部", line=4)                    # contracted title 组织部长
p.ent("PERSON", "黄建国", line=4, every=True)      # three mentions
# 财政、发改等部门: generic list of departments, no span

p.block(1, 1, "HEADLINE", article=1)
p.block(2, 4, "BODY", article=1)
p.save()
