import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1405", "corpus/raw/pages/1405_fuzhou_wudagongcheng.txt",
         publisher="福州日报", date="2022-09-24", script="simplified", origin="pages")

# line 3: web meta line (timestamp outside the span)
p.byline("BYLINE", "来源:福州日报", line=3)
p.ent("ORG", "福州日报", line=3)

# line 5
p.ent("ADMIN", "福州市", line=5)
p.slogan("GROUP", "五大工程", line=5,
         expansion=["产业带动", "美好家园", "文明铸魂", "网格治理", "强基固本"])
p.ent("ORG", "中新社", line=5)
p.ent("ADMIN", "长乐区", line=5)
p.ent("ADMIN", "福清市", line=5)

# line 7
p.ent("ADMIN", "长乐区", line=7)
p.ent("ADMIN", "营前街道", line=7)
p.ent("ADMIN", "长安村", line=7, nth=1)
p.ent("ADMIN", "长安村", line=7, nth=1)   # second (first now taken)
p.ent("ADMIN", "长乐", line=7)             # 长乐城区: the district's urban area

# line 9
p.ent("ADMIN", "长乐区", line=9)
p.ent("ADMIN", "潭头镇", line=9)
p.ent("ADMIN", "文石村", line=9, every=True)

# line 11
p.ent("ADMIN", "福清市", line=11)
p.ent("ADMIN", "江镜镇", line=11)
p.ent("ADMIN", "南宵村", line=11, every=True)

# line 13
p.ent("ADMIN", "福清市", line=13)
p.ent("ADMIN", "龙田镇", line=13)
p.ent("ADMIN", "东华村", line=13, every=True)

# line 15
p.ent("ORG", "市委", line=15)
p.ent("ORG", "市政府", line=15)
p.slogan("GROUP", "五大工程", line=15)
p.byline("CREDIT", "(记者 冯雪珠)", line=15)
p.ent("PERSON", "冯雪珠", line=15)

# line 17: editor line (PAGE), name PERSON
p.ent("PERSON", "钟培培", line=17)

# blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 15, "BODY", article=1)
p.block(17, 17, "PAGE", article=None)

p.save()
