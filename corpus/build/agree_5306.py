"""agree-page-5306: 长沙市开福区人民政府 site, 2021年7-9月区政府大事记 (chronicle of the district
government, July 2021; the page's text stops at 12日). One article: title, meta line, a month
heading and dated entries. Second-pass annotation (independent)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5306", "corpus/raw/pages/5306_kaifu_dashiji_2021q3.txt",
         publisher="长沙市开福区人民政府", date="2021-10-11", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: title with its series banner 【区政府工作大事记】
p.ent("ORG", "区政府", line=1, every=True)          # both: the district government whose work is chronicled

# ---- line 3: web meta line (decision 12)
p.byline("BYLINE", "来源:开福区人民政府办公室", line=3)
p.ent("ORG", "开福区人民政府办公室", line=3)

# ---- line 8: 1日
#   全市防汛视频调度会议: level word, no span
p.ent("ADMIN", "开福区", line=8, nth=1)             # 开福区立即召开: the district acting as a unit
p.ent("ORG", "开福区委", line=8)                    # 开福区委副书记
p.ent("PERSON", "高伟", line=8)                     # 代区长高伟
p.ent("PERSON", "李杨", line=8)
p.ent("PERSON", "张胜良", line=8)

# ---- line 10: 2日
p.ent("ORG", "开福区委", line=10)
p.ent("PERSON", "高伟", line=10)
p.ent("ADMIN", "浏阳河街道", line=10)
p.ent("ADMIN", "月湖街道", line=10)
p.ent("PERSON", "朱江", line=10)
p.ent("PERSON", "杨光华", line=10)

# ---- line 12: 5日
p.ent("ORG", "开福区委", line=12)
p.ent("PERSON", "高伟", line=12)
p.ent("ORG", "区政府党组", line=12)                 # 区政府党组会: the 党组's meeting, organ inside it
p.ent("PERSON", "习近平", line=12)
p.ent("ORG", "中国共产党", line=12, every=True)     # 庆祝中国共产党成立100周年大会 (x2) / 座谈会: organ inside an event name
p.ent("ORG", "省委", line=12)                       # 省委书记
p.ent("ORG", "省人大常委会", line=12)               # 省人大常委会主任
p.ent("PERSON", "许达哲", line=12)
p.ent("ADMIN", "湖南省", line=12)                   # 湖南省庆祝…座谈会: unit inside an event name
p.slogan("PARALLEL", "两优一先", line=12)           # 全省“两优一先”表彰大会; items not spelled out

# ---- line 14: 6日
p.ent("ADMIN", "开福区", line=14)                   # 开福区召开
p.ent("PERSON", "习近平", line=14)
#   “七一”: a holiday, no formula
p.ent("ORG", "区委", line=14, nth=1)                # 区委书记谢伟峰
p.ent("PERSON", "谢伟峰", line=14)
p.ent("ORG", "市委党史学习教育第一巡回指导组", line=14)  # a team sent by an organ: one ORG with it
p.ent("ORG", "区委", line=14)                       # 区委副书记 (next free one)
p.ent("PERSON", "高伟", line=14)
for name in ["许振勤", "李国军", "欧干军", "蔡冰", "张春雄", "舒全球", "晏成方", "张贻龙", "易文斌"]:
    p.ent("PERSON", name, line=14)

# ---- line 16: 8日
p.ent("ORG", "开福区委", line=16)
p.ent("PERSON", "高伟", line=16)
#   政府常务会: bare 政府 in a meeting's name, no span

# ---- line 18: 12日
p.ent("ORG", "开福区委", line=18)
p.ent("PERSON", "高伟", line=18)
#   区税务工作, 相关区直部门: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # 发布时间 … 来源:开福区人民政府办公室 字体大小: (one article's source)
p.block(6, 6, "CROSSHEAD", article=1)   # 7月: month heading inside the chronicle
p.block(8, 18, "BODY", article=1)       # dated entries, split by blank lines

p.save()
