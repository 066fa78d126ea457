"""page-2701: 沈阳市浑南区人民政府 (hunnan.gov.cn, 政务公开 > 政府会议), 2023-04-25, one article:
2023年第8次区政府常务会议. Text as returned by the `pages` store, from its title (a stale clock
line before the title and a cut-off last line "文件链接:2023" dropped, see notes)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2701", "corpus/raw/pages/2701_hunnan_changwuhuiyi.txt",
         publisher="沈阳市浑南区人民政府", date="2023-04-25", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "区政府", line=1)                       # 区政府常务会议: the organ inside the meeting's name

# ---- line 3: web meta line (source + date)
p.byline("BYLINE", "稿源: 浑南区政府网", line=3)      # timestamp outside (decision 12)
p.ent("ORG", "浑南区政府网", line=3)                  # an organ's own web site is ORG

# ---- line 5
p.ent("ORG", "棋盘山管委会", line=5, nth=1)
p.ent("PERSON", "张琛", line=5)
p.ent("ORG", "区政府", line=5, nth=1)                 # 代区政府区长 -> ORG + title
p.ent("ORG", "高新区管委会", line=5)                  # a zone's own name opens its organ: one ORG
p.ent("ORG", "棋盘山管委会", line=5)                  # second: 棋盘山管委会主任
p.ent("PERSON", "任立辉", line=5)
#   区机关1号楼2301会议室: a venue, no span
p.ent("ORG", "区政府", line=5, after="主持召开")       # 区政府2023年第8次常务会议

# ---- line 7: no named units (全区各部门、各单位、各街道 are generic)
p.slogan("PARALLEL", "三管三必须", line=7)
#   “三级”值班制度: a count of levels (like 三级阵地), no formula; 零缺位… : 零 counts nothing;
#   一是/二是/三是, 一要/二要/三要: ordinals; 五一: a holiday

# ---- line 9
for name in ["傅涵", "王乃庆", "张鹰", "李玉芳", "杨静"]:
    p.ent("PERSON", name, line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 稿源: 浑南区政府网 2023-04-25 (web meta line with a credit)
p.block(5, 9, "BODY", article=1)

p.save()
