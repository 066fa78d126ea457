import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1614", "corpus/raw/pages/1614_etkqq_zhengxie_angsu.txt",
         publisher="鄂托克前旗政协", date="2022-03-02", script="simplified", origin="pages")

# ---- spans
# L3 headline
p.ent("ORG", "旗政协", line=3)
p.ent("PERSON", "张世富", line=3)
p.ent("ADMIN", "昂素镇", line=3)
# L6 first paragraph
p.ent("ORG", "旗政协", line=6, nth=1)
p.ent("PERSON", "张世富", line=6)
p.ent("ADMIN", "昂素镇", line=6, nth=1)
p.ent("ADMIN", "玛拉迪嘎查", line=6)
p.ent("ADMIN", "哈日根图嘎查", line=6)
p.ent("ORG", "旗政协", line=6, nth=1)          # 旗政协四级调研员李海燕
p.ent("PERSON", "李海燕", line=6)
p.ent("ORG", "鄂西物流集团", line=6)
p.ent("ADMIN", "昂素镇", line=6, every=True)    # 昂素镇相关负责人; 住昂素镇政协委员
# 嘎查两委”班子 (the visited gachas' committees, plural), 政协协商民主, 政协委员: no span
# L10
p.ent("PERSON", "张世富", line=10)
p.ent("ORG", "镇党委", line=10)                 # the town's (昂素镇) party committee
# 嘎查村“两委”, 社区, 党委政府: generic, no span
# L14
p.ent("PERSON", "张世富", line=14)
p.ent("ADMIN", "昂素镇", line=14)
p.ent("ORG", "旗政协", line=14)

# ---- slogans: none (“两委” is a count of bodies, not a formula)
# ---- bylines: none (文章来源: is empty; no author credit on the page)

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "PAGE")
p.block(6, 14, "BODY", article=1)

if "--show" in sys.argv:
    p.show()
p.save()
