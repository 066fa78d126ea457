"""page-5301: 西堤头镇人民政府 (天津市北辰区), 2015-09-07, one article on the town's channel of the
北辰区 portal (tjbc.gov.cn, 镇街园区 information disclosure): 西堤头镇召开安全生产“大检查大排查大整治”
工作推动会. Text as returned by the `pages` store, from its title; the last paragraph (从8月13日起…,
cut mid-sentence in the store) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5301", "corpus/raw/pages/5301_xiditou_anquan_shengchan.txt",
         publisher="西堤头镇人民政府", date="2015-09-07", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "西堤头镇", line=1)
#   “大检查大排查大整治”: three parallel verbs with no numeral -> no formula (§3: no numeral, no formula)

# ---- line 3: web meta line, one labelled credit (decision 12)
p.byline("BYLINE", "来源:西堤头镇政府", line=3)
p.ent("ORG", "西堤头镇政府", line=3)            # a source naming a unit is ORG (session 4)

# ---- line 8: first paragraph
p.ent("ADMIN", "天津", line=8)                   # 天津港8.12特大火灾爆炸事故: a port in an event's name -> unit inside (decision 2, 14)
#   区相关会议精神: bare level word, no span
p.slogan("COUNT", "两个主体责任", line=8)          # quoted N个 + content; items not spelled out -> no expansion
#   全镇: level word
p.ent("ADMIN", "西堤头镇", line=8)
p.ent("ADMIN", "赵庄村", line=8)                 # 赵庄村会议中心: a venue, the village inside it
p.ent("ORG", "区安监局", line=8)
p.ent("PERSON", "王维瑞", line=8)                # 副局长 title outside
p.ent("ORG", "镇中心组", line=8)                 # the town Party committee's 理论学习中心组 (level word + body, like 镇政府)
#   驻镇单位, 各村书记, 主任, 重点企业: generic, no span

# ---- line 10
p.ent("ORG", "镇安全生产办公室", line=10)

# ---- line 12
p.ent("PERSON", "刘俊凯", line=12)               # 主管安全工作副镇长 title outside
p.ent("ADMIN", "西堤头镇", line=12)              # inside the document title 《西堤头镇…实施方案》 (decision 2)
p.ent("ORG", "刘快庄村党委", line=12)             # a named village's body (decision 5)
p.ent("PERSON", "李立民", line=12)
p.ent("ORG", "天重江天重工有限公司", line=12)       # enterprise named in full
p.ent("PERSON", "谢瑞强", line=12)               # 镇长 title outside
p.ent("ORG", "区安监局", line=12)
p.ent("PERSON", "王维瑞", line=12)
p.ent("ORG", "区督导组", line=12)                # a team the district sends out (like 省第29督查组)
#   该镇: deictic, no span
p.ent("ORG", "镇党委", line=12)                  # 镇党委书记 -> ORG 镇党委 + title
p.ent("PERSON", "张玉蕾", line=12)
#   “责任重于泰山”, GDP: no spans

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # 发布日期:… 来源:西堤头镇政府 (decision 12)
p.block(4, 5, "PAGE")                   # 字号 / 内容概述 (site furniture, empty summary field)
p.block(7, 7, "PAGE")                   # 内容全文 (field label)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "BODY", article=1)

p.save()
