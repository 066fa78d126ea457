"""page-5403: 共产党员 (《共产党员》杂志, 浙江; e-magazine gcdy.zjol.com.cn), 2014-03-05, one article:
永康:让丽州“更美丽” (五水共治 in 永康市, scenes from 花街镇 and 古山镇).
Text as returned by the `pages` store, from its title; the last stored paragraph
(花街镇党委书记姚丽华指着规划图说,…花街) is cut mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5403", "corpus/raw/pages/5403_yongkang_lizhou_zhishui.txt",
         publisher="共产党员", date="2014-03-05", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "永康", line=1)
p.ent("ADMIN", "丽州", line=1)          # 永康's old name, standing for the city (see notes)

# ---- line 2: byline
p.byline("BYLINE", "文/本刊记者 余建红 通讯员 何 晔")
p.ent("PERSON", "余建红", line=2)
p.ent("PERSON", "何 晔", line=2)

# ---- line 3
p.ent("ADMIN", "永康", line=3)           # 永康排出治水时间表
#   一年灭黑臭、两年提水质、三年可游泳: a timetable of years, no formula (decision 10)
p.slogan("GROUP", "五水共治", line=3)
p.ent("ORG", "永康市委组织部", line=3)
#   全市农村基层党组织: a kind of body, no span

# ---- line 4
p.ent("ADMIN", "永康", line=4)           # 永康古称丽州
p.ent("ADMIN", "丽州", line=4, nth=1)
p.ent("ORG", "永康市委", line=4)         # 永康市委书记 徐华水
p.ent("PERSON", "徐华水", line=4)
p.slogan("GROUP", "五水共治", line=4)
p.ent("ADMIN", "丽州", line=4)           # 让丽州“更美丽”

# ---- line 7
p.ent("ADMIN", "花街镇", line=7)
p.ent("ADMIN", "尚仁村", line=7)
p.ent("PERSON", "俞泽民", line=7)
p.ent("PERSON", "潘伟星", line=7, every=True)   # twice
p.ent("PERSON", "潘礼革", line=7)

# ---- line 8
p.ent("ADMIN", "永康市", line=8)          # 永康市召开治水动员大会
p.ent("ADMIN", "花街镇", line=8)

# ---- line 10
p.ent("ORG", "古山三村党支部", line=10)   # a named village's branch (decision 5)
p.ent("PERSON", "胡济深", line=10)
p.ent("ADMIN", "古山镇", line=10)         # 古山镇小溪沿 (小溪沿: a stream, no span)
p.ent("ADMIN", "古山一村", line=10)
p.ent("ORG", "三村村两委", line=10)       # 古山一村、三村村两委: the 两委 of 三村 (short for 古山三村)

# ---- line 11
#   乌江溪: a river, no span
p.ent("ADMIN", "古山镇", line=11, nth=1)  # 古山镇镇长 施海鸥 -> unit + title
p.ent("PERSON", "施海鸥", line=11)
p.ent("ADMIN", "永康市", line=11)         # 永康市“五水共治”电视电话会议 (decision 2)
p.slogan("GROUP", "五水共治", line=11)
p.ent("ORG", "古山镇党委", line=11)       # 古山镇党委政府 -> ORG 古山镇党委, bare 政府 no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 4, "BODY", article=1)
p.block(5, 5, "CROSSHEAD", article=1)
p.block(6, 11, "BODY", article=1)

p.save()
