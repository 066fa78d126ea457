import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1201", "corpus/raw/pages/1201_lianshui_zhengxie.txt",
         publisher="涟水新闻网", date="2025-01-06", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- spans -----------------------------------------------------------
# longer ORG names first, so that every=True for 县政协 skips them
p.ent("ORG", "县政协机关", line=4)                       # 县政协机关人员
p.ent("ORG", "政协涟水县第十一届委员会常务委员会", line=5)  # inside the report's title
# 县政协: headline, 召开, 主席, 副主席, 常委 (l.4); 三次会议, 四次会议, 常委 (l.5)
p.ent("ORG", "县政协", every=True)
p.ent("ORG", "县委", line=4)                              # 县委常委 (contracted title)
p.ent("ORG", "高沟镇党委", line=4)                        # 高沟镇党委书记 (contracted title)
# persons
p.ent("PERSON", "马凌云", line=3)
p.ent("PERSON", "姜杰", every=True)                        # l.4, l.6
p.ent("PERSON", "吴勇", every=True)                        # l.4, l.5
for n in ["姚兵", "左健", "周建华", "郑志梅"]:
    p.ent("PERSON", n, line=4)
for n in ["沈建国", "沈绍宏", "冯利利"]:
    p.ent("PERSON", n, line=5)

# ---- slogans ---------------------------------------------------------
p.slogan("PARALLEL", "2233", line=6)      # “2233”发展战略: quoted code of digits; items not spelled out
p.slogan("PARALLEL", "一老一幼", line=6)  # two numeral-led parts (the elderly and the young)

# ---- bylines ---------------------------------------------------------
p.byline("BYLINE", "■ 融媒体记者 马凌云", line=3)
p.byline("BYLINE", "本报讯", line=4)

# ---- blocks ----------------------------------------------------------
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")          # date-and-time line
p.block(3, 3, "BYLINE", article=1)
p.block(4, 6, "BODY", article=1)
p.block(7, 7, "PAGE")          # view counter

p.save()
