"""page-1905: 攸县融媒体中心 (youxian-xhncloud.voc.com.cn, the 攸县 channel of 新湖南云), one
article: the 57th executive meeting of the 攸县 county government, 2021-01-14 (day printed,
year from the text). Text as returned by the `pages` store; the store's text has no title
(it opens with the byline), and its last paragraph (县领导何文龙、…、县高新区管委会主任) was cut
off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1905", "corpus/raw/pages/1905_youxian_changwu_huiyi.txt",
         publisher="攸县融媒体中心", date="2021-01-14", script="simplified", origin="pages")

# ---- line 1: byline + first paragraph
p.byline("BYLINE", "攸县融媒体中心【记者:刘志刚】", line=1)
p.ent("ORG", "攸县融媒体中心", line=1)                # a byline's source that names a medium
p.ent("PERSON", "刘志刚", line=1)
p.ent("ORG", "县委", line=1)                          # 县委副书记 -> ORG 县委 + title
p.ent("PERSON", "李鹏程", line=1)                     # 代县长李鹏程: title outside
p.ent("ORG", "县人民政府", line=1)                    # organ inside a meeting's name
#   县发展改革工作, 《2021年政府工作报告》: no span

# ---- line 2
p.ent("ORG", "湖南省办公厅", line=2)                  # organ inside a document title (as printed)
p.ent("ADMIN", "湖南省", line=2, after="印发")        # 湖南省进一步加强招商引资工作的若干政策措施: unit in a title
p.ent("ORG", "省委", line=2)                          # 省委经济工作会议: organ inside a meeting's name
p.ent("ORG", "中央", line=2)                          # 中央省市会议精神: the centre as convening body (like 中央、省、市要求)
#   全县: level word, no span

# ---- line 3
p.slogan("PLAN", "十四五", line=3, nth=1)
p.ent("ADMIN", "攸县", line=3)                        # 《关于攸县2020年…报告》
p.slogan("PARALLEL", "1122345", line=3)              # quoted code of digits (“1122345”发展思路)
sl = p.slogan("GROUP", "双胜利", line=3)             # 疫情防控和经济社会发展实现双胜利
lo, hi = p.line_bounds[2]
a = p.find_all("疫情防控", lo, sl[0]["start"])
b = p.find_all("经济社会发展", a[-1][1], sl[0]["start"])
sl[0]["expansion"] = [[a[-1][0], a[-1][1]], [b[0][0], b[0][1]]]   # items printed before it
p.slogan("PLAN", "十四五", line=3)

# ---- line 4: no entities (各级各部门 generic)

# ---- line 5
p.ent("ADMIN", "攸县", line=5)                        # 《攸县“十三五“环境状况…报告》
p.slogan("PLAN", "十三五", line=5)                    # printed with a stray “ … “ quote pair
p.slogan("PLAN", "十四五", line=5)
#   百花城中村改造项目: a project on an urban village, no span
p.ent("ORG", "攸县安全生产委员会", line=5)            # organ inside a document title

# ---- blocks (no title in the stored text)
p.block(1, 5, "BODY", article=1)

p.save()
