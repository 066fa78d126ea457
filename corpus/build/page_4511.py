"""page-4511: 乡村干部报 (xcgbb.com, section ckwq), 2023-10-20, one article: an interview with
防城区委常委、组织部部长 甘英喜 on the 党建 brand “海边山党旗红” (广西防城港市防城区).
Text as returned by the `pages` store, from its title; the last stored paragraph
(结合实际,我们提出基层党建工作“1313”总体思路,即:…三条) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4511", "corpus/raw/pages/4511_fangcheng_dangjian_fangtan.txt",
         publisher="乡村干部报", date="2023-10-20", script="simplified", origin="pages")

# ---- line 1: title (one line: headline + —— 访… subtitle)
#   “海边山党旗红”: a brand, 海/边/山 are no units -> no span
p.ent("ORG", "广西防城港市防城区委", line=1)        # §2: the organ with every admin prefix attached
p.ent("ORG", "组织部", line=1)                      # 组织部部长 -> the department (shortened title keeps it)
p.ent("PERSON", "甘英喜", line=1)

# ---- line 2: web meta line: timestamp + 来源 credit (decision 12)
p.byline("BYLINE", "来源:乡村干部报", line=2)
p.ent("ORG", "乡村干部报", line=2)

# ---- lines 5, 8: site furniture naming the paper's site (PAGE), the site keeps its ORG span
p.ent("ORG", "乡村干部报网", line=5)
p.ent("ORG", "乡村干部报网", line=8)

# ---- line 11
p.ent("ADMIN", "广西", line=11)
p.ent("ADMIN", "防城港市", line=11)
p.ent("ADMIN", "防城区", line=11)
p.ent("ADMIN", "中国", line=11)                     # 中国南疆: the country as a place
#   北部湾 (a gulf), 东盟国家 (foreign states / ASEAN): no span
p.ent("ADMIN", "广西", line=11, after="是")

# ---- line 13
p.ent("ORG", "防城区委", line=13)
p.ent("ORG", "组织部", line=13)
p.ent("PERSON", "甘英喜", line=13)

# ---- line 15: the interviewer's turn (记者: is a speaker tag, BODY)
p.ent("ADMIN", "防城区", line=15)

# ---- line 17: the interviewee's turn
p.ent("PERSON", "甘英喜", line=17)                  # speaker tag
p.ent("ADMIN", "防城港市", line=17)
#   “百里边关红”“千里滨海红”“万里万山红”: brand names, 百里/千里/万里 measure a stretch of
#   border/coast/hills (a metaphor), they count no components -> no slogan
p.ent("ORG", "防城港市委", line=17)

# ---- line 19
p.ent("ADMIN", "防城区", line=19)
#   涂海艺术村: an "art village" (a place); 涂海 not known as an administrative village -> no span
#   党建+艺术+乡村: no numeral -> no formula
p.ent("ADMIN", "白龙村", line=19)
p.ent("ADMIN", "峒中", line=19)                     # 峒中公路口岸: 峒中(镇) inside a port's name (decision 2)
#   里火通道: 里火 is a border crossing point, not known as a unit -> no span
p.ent("ADMIN", "中国", line=19, after="擦亮")        # “中国肉桂之乡”
p.ent("ADMIN", "中国", line=19, after="肉桂之乡")     # “中国八角之乡”
p.ent("ADMIN", "中国", line=19, after="八角之乡")     # “中国三大香料基地之一” (三大…基地: a count of things, no formula)
p.ent("ADMIN", "扶隆镇", line=19)
p.ent("ADMIN", "防城区", line=19, after="示范建设项目")  # 防城区香料产业示范区: a park -> unit inside
p.ent("ADMIN", "广西", line=19)                     # 广西四星级…示范区: an award title (四星级: a rating, no formula)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "PAGE")          # "1" (a counter)
p.block(5, 6, "PAGE")          # 乡村干部报网 / 微信公众号
p.block(8, 9, "PAGE")          # 乡村干部报网 / 官方微博
p.block(11, 19, "BODY", article=1)

p.save()
