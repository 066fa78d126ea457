import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1604", "corpus/raw/pages/1604_daguan_quzhang_penghui.txt",
         publisher="大观新闻网", date="2021-01-27", script="simplified", origin="pages")

# ---- line 3 headline
p.ent("PERSON", "潘功发", line=3)
p.ent("ORG", "区政府", line=3)                  # 《区政府工作报告》

# ---- line 5 meta line
p.byline("BYLINE", "来源:大观区人民政府网", line=5)
p.ent("ORG", "大观区人民政府网", line=5)

# ---- line 7
for name in ["潘功发", "程刚", "王朝东", "李力", "刘小平", "陈慧", "江继华", "方夏"]:
    p.ent("PERSON", name, line=7)
p.ent("ORG", "区政府办公室", line=7)
p.ent("PERSON", "何宏伟", line=7)
p.ent("ORG", "大观新城建设管理局", line=7)
p.ent("PERSON", "汪和苟", line=7)

# ---- line 9
p.ent("ORG", "区政府", line=9)                  # 《区政府工作报告》

# ---- line 11
p.ent("PERSON", "潘功发", line=11)
p.ent("ORG", "区政府", line=11)                 # 《区政府工作报告》
p.slogan("PLAN", "十四五", line=11)

# ---- line 13
p.ent("PERSON", "潘功发", line=13)

# ---- footer
p.ent("ORG", "大观新闻网", line=19)
p.ent("ORG", "众和网络", line=23)

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 13, "BODY", article=1)
p.block(15, 23, "PAGE")

p.save()
