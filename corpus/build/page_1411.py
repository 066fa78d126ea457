import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1411", "corpus/raw/pages/1411_zhushan_liuhaijun.txt", publisher="今日竹山",
         date=None, script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1
p.byline("BYLINE", "本报讯", line=1)
p.ent("ORG", "省委宣传部", line=1)
p.ent("PERSON", "刘海军", line=1)
p.ent("ADMIN", "竹山县", line=1)                 # inside the meeting's name (decision 2)
p.ent("ORG", "市委", line=1, after="座谈会。")     # 市委常委、宣传部长汤红兵
p.ent("ORG", "宣传部", line=1, after="市委常委、")  # contracted title 宣传部长 (decision 15)
p.ent("PERSON", "汤红兵", line=1)
p.ent("ORG", "市人大常委会", line=1)
p.ent("PERSON", "刘永", line=1)
p.ent("ORG", "市委宣传部", line=1)
p.ent("PERSON", "王雪峰", line=1)
p.ent("ORG", "县委", line=1, after="王雪峰,")      # 县委书记汪正义
p.ent("PERSON", "汪正义", line=1)
p.ent("ORG", "县委", line=1, after="汪正义,")      # 县委副书记、县长王丽媛
p.ent("PERSON", "王丽媛", line=1)
p.ent("ORG", "县委", line=1, after="王丽媛,")      # 县委常委、宣传部部长任卓
p.ent("ORG", "宣传部", line=1, after="王丽媛,")
p.ent("PERSON", "任卓", line=1)
p.ent("PERSON", "贺云松", line=1)

# ---- line 2
p.ent("PERSON", "刘海军", line=2)
for s in ["城关镇", "刘家山村", "溢水镇", "何家湾村", "宝丰镇", "龙井村"]:
    p.ent("ADMIN", s, line=2)

# ---- line 3
p.ent("PERSON", "刘海军", line=3)
p.ent("ADMIN", "浙江", line=3)
p.slogan("PARALLEL", "千万工程", line=3)

# ---- line 4
p.ent("PERSON", "汪正义", line=4)
p.ent("ORG", "县委", line=4)
p.ent("ORG", "县政府", line=4)
p.ent("ORG", "竹山县委", line=4)

# ---- blocks: one article, no headline stored
p.block(1, 4, "BODY", article=1)
p.save()
