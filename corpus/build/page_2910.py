"""page-2910: 和平县人民政府 (heping.gov.cn, 新闻中心 > 时政新闻), 2020-08-10, one article:
县长黄海生主持召开专题会议. Text as returned by the `pages` store, from its title
(the breadcrumb above the title is left out); the stored text is complete."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2910", "corpus/raw/pages/2910_heping_sanxiaxiang_huiyi.txt",
         publisher="和平县人民政府", date="2020-08-10", script="simplified", origin="pages")

# ---- line 1: headline (县长 is a title with a bare level word: no span)
p.ent("PERSON", "黄海生", line=1)

# ---- line 3: web meta line; the one labelled credit with a value is 来源:本网 (本网 never ORG)
p.byline("BYLINE", "来源:本网", line=3)

# ---- line 5: first mention of 三下乡; its three fields are printed just before it
p.ent("PERSON", "黄海生", line=5)
p.ent("ADMIN", "广东省", line=5)                     # unit inside the event's name
s = p.slogan("GROUP", "三下乡", line=5)[0]
lo = p.line_bounds[4][0]
items = []
for w in ("文化", "科技", "卫生"):
    st, en = p.find_all(w, lo, s["start"])[0]
    items.append([st, en]); lo = en
s["expansion"] = items                                # 文化科技卫生“三下乡” -> 文化 | 科技 | 卫生
p.ent("ADMIN", "和平县", line=5)

# ---- line 7: image file name (PAGE)
# ---- line 9
p.ent("ADMIN", "广东省", line=9)
p.slogan("GROUP", "三下乡", line=9)
p.ent("ADMIN", "和平县", line=9)

# ---- line 11 (我县: deictic, no span; 三个板块: a plain count)
p.ent("ADMIN", "广东省", line=11)
p.slogan("GROUP", "三下乡", line=11)

# ---- line 13: 宣传和平、推介和平、树立和平良好形象: 和平 = the county (ADMIN)
p.ent("PERSON", "黄海生", line=13)
p.ent("ADMIN", "广东省", line=13)
p.slogan("GROUP", "三下乡", line=13)
p.ent("ADMIN", "和平", line=13, every=True)

# ---- line 15
p.ent("PERSON", "黄海生", line=15)
p.ent("ADMIN", "广东省", line=15)
p.slogan("GROUP", "三下乡", line=15)

# ---- line 17 (县领导: a title, no span)
for name in ["袁华丽", "陈雄", "吴维红"]:
    p.ent("PERSON", name, line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)       # 作者: 来源:本网 发布时间:… (decision 12)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")                    # image file name
p.block(9, 17, "BODY", article=1)
p.block(20, 21, "PAGE")                  # 分享到: / 【打印正文】

p.save()
