"""page-2007: 厦门日报 (via 东南网 厦门频道 xm.fjsen.com, 来源: 厦门网), 2014-10-23, one article:
王蒙徽到同安两个村调研. Text as returned by the `pages` store, from its title; the last paragraph
(茶农的收入是不是真的提高了?…我们这里山) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2007", "corpus/raw/pages/2007_xiamen_tongan_junying.txt",
         publisher="厦门日报", date="2014-10-23", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "王蒙徽", line=1)
p.ent("ADMIN", "同安", line=1)

# ---- line 3: web meta line (author, source, editor)
p.byline("BYLINE", "蓝碧霞", line=3)             # the article's author, named before 来源
p.ent("PERSON", "蓝碧霞", line=3)
p.byline("BYLINE", "来源: 厦门网", line=3)
p.ent("ORG", "厦门网", line=3)
p.ent("PERSON", "刘玮", line=3)                  # 责任编辑: editor name, no byline span

# ---- line 8: photo caption
p.ent("PERSON", "王蒙徽", line=8)
p.ent("ADMIN", "同安", line=8)
p.ent("ADMIN", "军营村", line=8)
p.ent("ADMIN", "白交祠村", line=8)
p.byline("PHOTO", "(记者 梁伟摄)", line=8)
p.ent("PERSON", "梁伟", line=8)

# ---- line 10: byline + lead
p.byline("BYLINE", "厦门日报讯(记者 蓝碧霞)", line=10)
p.ent("ORG", "厦门日报", line=10)
p.ent("PERSON", "蓝碧霞", line=10)
p.ent("ADMIN", "同安区", line=10)
p.ent("ADMIN", "莲花镇", line=10)
p.ent("ADMIN", "军营村", line=10)
p.ent("ADMIN", "白交祠村", line=10)
p.ent("ADMIN", "厦门", line=10, after="白交祠村")
p.ent("ORG", "省委", line=10)                   # 省委常委 -> ORG 省委 (contracted title)
p.ent("ORG", "市委", line=10)                   # 市委书记
p.ent("PERSON", "王蒙徽", line=10)
p.slogan("GROUP", "五位一体", line=10)          # N位一体, like N合一 (GROUP); items not spelled out

# ---- line 12
for name in ["王蒙徽", "钟兴国", "叶重耕", "臧杰斌", "陈秋雄"]:
    p.ent("PERSON", name, line=12)

# ---- line 14
p.ent("ADMIN", "军营村", line=14)                # 军营村一家…茶厂
p.ent("PERSON", "王蒙徽", line=14)
#   市、区农业部门: two level words before one generic noun, no named body -> no span
p.ent("ADMIN", "军营村", line=14, after="支持下")  # 军营村茶农
p.ent("ADMIN", "军营", line=14, after="原本")     # 原本军营一斤毛茶: bare name of the village
p.ent("ORG", "军营村党支部", line=14)            # one named village's branch (decision 5)
p.ent("PERSON", "谢育添", line=14)

# ---- line 16
p.ent("ADMIN", "军营村", line=16)
p.slogan("ONE", "一条龙", line=16)              # decision 15: 一條龍, like 一站式, is ONE
#   “公司+合作社+农户”: no numeral, not a PLUS formula
p.ent("PERSON", "王蒙徽", line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # meta line: time, author, 来源, 责任编辑 (decision 12)
p.block(4, 4, "PAGE")                  # 分享到:
p.block(8, 8, "CAPTION", article=1)
p.block(10, 16, "BODY", article=1)

p.save()
