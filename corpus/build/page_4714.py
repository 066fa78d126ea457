"""page-4714: 孙吴县妇联 (swfnw.org.cn; site name not printed on the stored page: inferred from the
text, which reports 县妇联's work in 孙吴县's townships 西兴乡, 卧牛河乡, 孙吴镇, 沿江乡), 2018 (三八
activities), one article. The stored page has no title line: it opens with the body. The last
paragraph (3月2日,县妇联举行…沿江乡小桦林子村、正) is cut off mid-sentence and was dropped; its
crosshead (★ 举行省级标准化“妇女之家”物品发放仪式) is whole and is kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4714", "corpus/raw/pages/4714_sunwu_fulian_sanba.txt",
         publisher="孙吴县妇联", date=None, script="simplified", origin="pages")

# ---- line 1: no spans (十九大: a congress by number, no formula; 三八: a holiday; 全县: level word)

# ---- line 3
#   “千名干部进乡村”: a campaign named by a head count (one numeral-led part), no formula
p.ent("ORG", "县妇联", line=3)
p.ent("ADMIN", "西兴乡", line=3)
p.ent("ADMIN", "卧牛河乡", line=3)
p.ent("ADMIN", "赵地营子村", line=3)

# ---- line 4: 十四届五次执委(扩大)会议 is a meeting, no span

# ---- line 5
p.ent("ORG", "县委办", line=5)                      # 县委办主任 -> ORG 县委办 (add the longer one first)
p.ent("ORG", "县委", line=5)                        # 县委常委 -> ORG 县委 (contracted title)
p.ent("PERSON", "秦英", line=5)
p.ent("ORG", "县妇联常委会", line=5)                # the federation's standing committee: one ORG with it
p.ent("ORG", "县妇联", line=5)                      # 县妇联主席 -> ORG 县妇联
p.ent("PERSON", "曹丹", line=5)

# ---- line 7
p.ent("ORG", "凯建炫动歌舞团", line=7)               # a named troupe acting (its volunteers perform)
p.ent("ORG", "县农村中心敬老院", line=7)             # a named care institution is ORG (session-1 decision)
#   the later bare 敬老院 (慰问敬老院的老人们): institution type, no span; 这支巾帼志愿者服务队: deictic

# ---- line 8
p.ent("ORG", "县疾控中心", line=8)
p.ent("ORG", "结防所", line=8)                      # 县疾控中心和结防所: the county's TB institute, 县 shared
#   世界防治结核病日: a day, no span

# ---- blocks (one article: the federation's 三八 roundup, ★ crossheads)
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "CROSSHEAD", article=1)
p.block(3, 3, "BODY", article=1)
p.block(4, 4, "CROSSHEAD", article=1)
p.block(5, 5, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)
p.block(7, 8, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)

p.save()
