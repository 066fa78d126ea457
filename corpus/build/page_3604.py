"""page-3604: 东南网 (fjsen.com, 福建频道 > 民生; 福建日报报业集团), 2020-05-21, page 2 of a
web package: 福建:全面推进党的各方面建设 以坚强有力的党组织确保工作任务落实, with its
section 罗源县松山镇八井村:畲乡发展增添新动能 (福建日报记者 段金柱 吴旭涛 …).
Text as returned by the `pages` store, from its title (navigation bar, breadcrumb and 分享到
above the title left out); the stored text's last paragraph (八井村党员干部扎根项目现场 … 等五)
is cut off mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3604", "corpus/raw/pages/3604_fjsen_luoyuan_bajingcun_shexiang.txt",
         publisher="东南网", date="2020-05-21", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "福建", line=1)

# ---- line 3: web meta line (time, source, editor): BYLINE block; editor name is PERSON only
p.byline("BYLINE", "来源:东南网", line=3)
p.ent("ORG", "东南网", line=3)
p.ent("PERSON", "林雯晶", line=3)

# ---- line 4: the title printed again
p.ent("ADMIN", "福建", line=4)

# ---- line 6: photo caption with credit
p.ent("ADMIN", "大田县", line=6)
p.ent("ADMIN", "石牌", line=6)                      # 石牌高速路口: the town's name inside a site name (decision 2)
p.byline("PHOTO", "林辉 郑宗栖 摄", line=6)
p.ent("PERSON", "林辉", line=6)
p.ent("PERSON", "郑宗栖", line=6)

# ---- line 8: section title (crosshead of the package)
p.ent("ADMIN", "罗源县", line=8)
p.ent("ADMIN", "松山镇", line=8)
p.ent("ADMIN", "八井村", line=8)

# ---- line 10: the section's byline
p.byline("BYLINE", "东南网5月21日讯(福建日报记者 段金柱 吴旭涛 通讯员 黄益辉 刘其燚)", line=10)
p.ent("ORG", "东南网", line=10)
p.ent("ORG", "福建日报", line=10)
for name in ["段金柱", "吴旭涛", "黄益辉", "刘其燚"]:
    p.ent("PERSON", name, line=10)

# ---- line 12
p.ent("ADMIN", "罗源县", line=12)
p.ent("ADMIN", "松山镇", line=12)
p.ent("ADMIN", "八井村", line=12)

# ---- line 14: no entities (畲族 is a people, 畲族文化民俗小镇 a place)

# ---- line 16
p.ent("ADMIN", "八井村", line=16)

# ---- line 18
p.ent("ADMIN", "罗源县", line=18)                   # “罗源县畲族人口…”
p.ent("ORG", "罗源县委", line=18)                   # 罗源县委书记 -> ORG + title
p.ent("PERSON", "刘晓强", line=18)

# ---- line 20
p.ent("ORG", "松山镇党委", line=20)
#   厦漳泉: one-character short forms of 厦门, 漳州, 泉州: no ADMIN (held-out decision)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 6, "CAPTION", article=1)
p.block(8, 8, "CROSSHEAD", article=1)
p.block(10, 10, "BYLINE", article=1)
p.block(12, 20, "BODY", article=1)

p.save()
