import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1413", "corpus/raw/pages/1413_ningjin_xiaohezhuang.txt",
         publisher="宁晋县人民政府", date="2015-05-08", script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# line 1: headline
p.ent("ORG", "河北电台", line=1)
p.ent("ADMIN", "小河庄村", line=1)

# line 5: byline + first paragraph
p.byline("BYLINE", "(记者李三虎)", line=5)
p.ent("PERSON", "李三虎", line=5)
p.ent("ORG", "河北人民广播电台", line=5)
p.ent("ORG", "市委宣传部", line=5)
p.ent("ORG", "市电视台", line=5)
p.ent("ORG", "县委宣传部", line=5)
p.ent("ADMIN", "贾家口镇", line=5)
p.ent("ADMIN", "小河庄村", line=5)

# line 7
p.ent("ADMIN", "贾家口镇", line=7)
p.ent("ADMIN", "小河庄村", line=7)
p.ent("ADMIN", "中国", line=7)          # 中国电线电缆第一庄: a title naming China as a place
p.ent("ADMIN", "河北省", line=7)        # 河北省新民居建设优秀示范村: award title
p.ent("ORG", "省委", line=7)
p.ent("ORG", "省政府", line=7)

# line 9
p.ent("ORG", "河北电台", line=9)
p.ent("ADMIN", "小河庄村", line=9, every=True)   # three mentions
p.ent("ADMIN", "小河庄", line=9)                 # inside the programme title 《富裕殷实小河庄》

# line 14: editor line (PAGE), name is PERSON
p.ent("PERSON", "张培", line=14)

# blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(14, 14, "PAGE")

p.save()
