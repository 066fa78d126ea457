"""page-5808: 柳州市农业农村局 (nyncj.liuzhou.gov.cn, 专题专栏 清廉乡村), 2023-12-28, one article:
2023年柳州市清廉乡村建设现场会在柳城县召开. Text as returned by the `pages` store, from its title; its last
paragraph (实地参观结束后,市委清廉乡村建设工作小组副组长…) is cut off mid-sentence and left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5808", "corpus/raw/pages/5808_liuzhou_qinglian_xiangcun.txt",
         publisher="柳州市农业农村局", date="2023-12-28", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "柳州市", line=1)                   # inside the meeting's name (decision 2)
p.ent("ADMIN", "柳城县", line=1)

# ---- line 3: meta line (decision 12), date outside
p.byline("BYLINE", "来源: 柳州市农业农村局", line=3)
p.ent("ORG", "柳州市农业农村局", line=3)
p.byline("BYLINE", "作者: 李东航", line=3)
p.ent("PERSON", "李东航", line=3)

# ---- line 5: lead
p.ent("ADMIN", "广西", line=5)                     # 清廉广西建设工作现场推进会 (like 清风辽宁 -> 辽宁)
p.ent("ORG", "中共柳州市委清廉乡村建设工作小组", line=5)   # a committee's working group: one ORG
p.ent("ORG", "柳州市农业农村局", line=5)
p.ent("ADMIN", "柳城县", line=5)
p.ent("ADMIN", "社冲乡", line=5)
p.ent("ADMIN", "柳州市", line=5, after="联合召开")  # 柳州市清廉乡村建设现场会 (a meeting)
p.ent("ORG", "市委清廉乡村建设工作小组", line=5)   # 副组长 is a title
p.ent("PERSON", "韦松凌", line=5)
p.ent("ORG", "市委农办", line=5)                   # 专职副主任 is a title
p.ent("PERSON", "刘小萍", line=5)
p.ent("ORG", "柳城县委", line=5)                   # 柳城县委副书记 -> ORG + title
p.ent("PERSON", "胡伟华", line=5)
p.ent("ORG", "市清廉乡村建设工作小组", line=5)     # 市清廉乡村建设工作小组成员单位: the group is named, 成员单位 generic
#   各县区清廉乡村建设工作小组办公室: every county's office, no one body (no span)

# ---- line 8: caption
p.ent("ORG", "社冲乡党委", line=8)                 # 社冲乡党委书记 -> ORG + title
p.ent("PERSON", "韦海华", line=8)

# ---- line 11
p.ent("ADMIN", "社冲乡", line=11)
p.ent("ADMIN", "社冲村", line=11, every=True)      # 社冲乡社冲村, 社冲村西盘龙屯 (the 屯 is below village level: no span)
p.ent("ADMIN", "社冲", line=11, after="清廉")       # “蔬乡菇事 清廉社冲” (a brand; the unit inside it)

# ---- line 14: caption
p.ent("ORG", "市委清廉乡村建设工作小组", line=14)
p.ent("PERSON", "韦松凌", line=14)
p.ent("ADMIN", "社冲村", line=14)                  # 社冲村清廉乡村建设观察站: a site, the unit inside it

# ---- line 17
p.ent("ADMIN", "社冲乡", line=17, every=True)      # three times (社冲乡新时代文明实践所 is a township's venue)
#   西盘龙屯 (three times): a 屯 below village level, no span
#   党小组 / 公共事务理事会 / 先锋小组 / 公共事务监事会 inside the quoted model: kinds of bodies, no span
p.slogan("GROUP", "三会", line=17)                 # “三会”清廉制度治村样板; the quoted list has four parts, no expansion

# ---- line 20, 22: captions
p.ent("ADMIN", "社冲村", line=20)
p.ent("ADMIN", "社冲乡", line=22)

# ---- line 25
p.ent("ADMIN", "社冲村", line=25, every=True)      # twice
p.ent("ADMIN", "社冲乡", line=25)
p.ent("ADMIN", "社冲", line=25, after="清廉")       # 蔬乡菇事 清廉社冲”廉政教育基地

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 来源 | 发布日期 | 作者
p.block(5, 5, "BODY", article=1)
p.block(8, 8, "CAPTION", article=1)
p.block(11, 11, "BODY", article=1)
p.block(14, 14, "CAPTION", article=1)
p.block(17, 17, "BODY", article=1)
p.block(20, 20, "CAPTION", article=1)
p.block(22, 22, "CAPTION", article=1)
p.block(25, 25, "BODY", article=1)

p.save()
