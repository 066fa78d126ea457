"""page-2906: 东明县人民政府 (dmzf.gov.cn, 东明县, 菏泽市, 山东), meeting record dated 2023-08-20,
one article: 2023年第一次东明县政府全体(扩大)会议召开. Text as returned by the `pages` store, from
its title; the store's last paragraph was cut off after its first character (赵) and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2906", "corpus/raw/pages/2906_dongming_zhengfu_quanti.txt",
         publisher="东明县人民政府", date="2023-08-20", script="simplified", origin="pages")

# ---- line 1: title
p.ent("ORG", "东明县政府", line=1)                  # organ inside a meeting's name

# ---- lines 3-7: the site's meeting-record fields (会议时间 / 会议议题 / 会议内容) and the agenda
#   line 6: seven numbered agenda items (全力…): no entity, no formula (the text never names them
#   as a numbered formula; 以上七个方面 on line 14 is a count in prose)

# ---- line 10
p.ent("ORG", "东明县政府", line=10)                 # 东明县政府全体(扩大)会议: organ inside the meeting's name
p.ent("ORG", "市政府", line=10)                     # 市政府全体(扩大)会议
p.ent("ORG", "县委", line=10, nth=1)                # 县委十四届四次全体会议: the session is the event
p.ent("ORG", "县政府", line=10, after="回顾总结")
p.ent("ORG", "县委", line=10, after="目标。")       # 县委副书记 -> ORG + title
p.ent("PERSON", "赵海林", line=10)                  # 县长 赵海林 (县长: title)
for name in ["宋自立", "桑蕊", "刘效卿", "田丽", "路超", "田智勇"]:
    p.ent("PERSON", name, line=10)                  # 县领导 …: no span for 县领导

# ---- line 12
p.ent("PERSON", "赵海林", line=12)
p.ent("ORG", "县委", line=12)                       # 县委全委会 = the committee's plenary meeting -> 县委
p.slogan("GROUP", "六争攻坚", line=12)              # “六争攻坚”行动: N + category word (like 三警融合); items not listed

# ---- line 14
p.ent("PERSON", "赵海林", line=14)
#   “链长制”: no numeral, no formula; 七个方面工作: count in prose

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 5, "PAGE")                  # 会议时间 / 2023-08-20 / 会议议题: record field labels and date
p.block(6, 6, "SUBHEAD", article=1)    # the agenda summary under the title (like a 摘要)
p.block(7, 7, "PAGE")                  # 会议内容: field label
p.block(10, 14, "BODY", article=1)

p.save()
