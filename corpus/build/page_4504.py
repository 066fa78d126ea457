"""page-4504: 宜都市融媒体中心 (m.hbyidu.com.cn, 宜都's site on the 长江云 platform), 2020-05-20,
one article: 秭归县委宣传部来我市考察. Text as returned by the `pages` store, from its title; the
last line (an image address cut off mid-way, https://img.cjyun.org.cn/a/10092/20200) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4504", "corpus/raw/pages/4504_yidu_zigui_xcb.txt",
         publisher="宜都市融媒体中心", date="2020-05-20", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "秭归县委宣传部", line=1)

# ---- line 5
L = 5
p.ent("ORG", "秭归县委", line=L)                   # 秭归县委常委 -> ORG 秭归县委
p.ent("ORG", "宣传部", line=L)                     # 宣传部部长 -> ORG 宣传部 (the county's)
p.ent("PERSON", "雷青松", line=L)
p.slogan("COUNT", "两个中心", line=L)              # “两个中心”建设: quoted policy formula
p.ent("ORG", "市委办公室", line=L)                 # 市委办公室主任
p.ent("ORG", "市委", line=L)                       # 市委常委 -> ORG 市委
p.ent("PERSON", "胡卫东", line=L)

# ---- line 7
L = 7
#   市民活动中心: a venue, no span
p.ent("PERSON", "雷青松", line=L)
#   我市新时代文明实践活动指导中心: no county name (我市 deictic), no span (corpus rule)
p.ent("ORG", "市志愿者学院孵化中心", line=L)        # level + institution + its sub-unit
p.slogan("PARALLEL", "六圈四节", line=L,
         expansion=["宣教", "文体", "卫健", "科技", "法律", "便民",
                    "春和风尚节", "夏韵艺术节", "秋思读书节", "冬艺健身节"])
p.ent("ADMIN", "五眼泉镇", line=L)
p.ent("ADMIN", "鸡头山村", line=L)
p.ent("ADMIN", "庙岗村", line=L)                   # 鸡头山村和庙岗村新时代文明实践站: venue, units inside

# ---- line 9
L = 9
p.slogan("PARALLEL", "六圈四节", line=L)
#   “一刻钟”、“半小时”: time phrases, no formula; 六个志愿服务圈, 六类, 4条示范带…: counts in prose
#   “四季文化节”: a festival name counting festivals, no formula
#   市新时代文明实践中心: no county name, no span

# ---- line 11: last paragraph with closing credit
L = 11
p.ent("ADMIN", "宜都", line=L, nth=1)              # 为宜都争当…
p.byline("CREDIT", "(宜都融媒记者 朱敏)", line=L)
p.ent("ORG", "宜都融媒", line=L)                   # the medium in the credit
p.ent("PERSON", "朱敏", line=L)

# ---- editor lines (PAGE), names are PERSON
p.ent("PERSON", "李忠益", line=13)
p.ent("PERSON", "向姝", line=13)
p.ent("PERSON", "党艳秋", line=15)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")          # date-only line
p.block(5, 11, "BODY", article=1)
p.block(13, 28, "PAGE")        # 责编, 审核, 投稿邮箱, 相关阅读, comment widget
p.save()
