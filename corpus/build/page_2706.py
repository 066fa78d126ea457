"""page-2706: 上海市长宁区人民政府 (zwgk.shcn.gov.cn, 政府信息公开 > 区政府会议), 2023-12-12, one
article: 2023年12月12日区政府召开第62次常务会议. Text as returned by the `pages` store, from its
title; the last paragraph (会议听取区应急局关于…深入开展冬春消防安全排) was cut off mid-sentence by the
store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2706", "corpus/raw/pages/2706_changning_changwuhui62.txt",
         publisher="上海市长宁区人民政府", date="2023-12-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "区政府", line=1)            # 区政府召开第62次常务会议: the meeting is outside

# ---- line 2: open-government record, 发文机构 field holding the issuing unit (BYLINE, 16NN/17NN rule)
p.byline("BYLINE", "发文机构:上海市长宁区人民政府办公室", line=2)
p.ent("ORG", "上海市长宁区人民政府办公室", line=2)   # sub-unit joined to its organisation, admin prefix inside
#   lines 3-7: 索引号, 公开属性, 主题分类, 发文字号, 发布日期 -> PAGE;
#   长府 in 长府会议纪要〔2023〕39号 is an issuer's code in a document number: no ORG

# ---- line 9
#   区长侯继军: 区 has no name -> title only
p.ent("PERSON", "侯继军", line=9)
p.ent("ORG", "区政府", line=9)

# ---- line 11
p.ent("ORG", "区府办", line=11)
p.ent("ORG", "区政府", line=11)            # 2023年区政府重点工作目标
p.ent("ORG", "区发展改革委", line=11)
#   市、区高质量发展专项指标 / 区分管领导 / 市里 / 兄弟区 / 全市: level words, no span
p.slogan("PLAN", "十四五", line=11, nth=1)
p.ent("ADMIN", "长宁", line=11)            # 也是长宁抢抓机遇
p.slogan("PLAN", "十四五", line=11, nth=1) # second free occurrence ("十四五"完美收官)

# ---- line 13
p.ent("ORG", "区绿化市容局", line=13, nth=1)
p.ent("ADMIN", "长宁区", line=13)          # 《长宁区环境卫生设施专项规划(2023-2035年)》: unit in a document title
p.ent("ORG", "区绿化市容局", line=13, nth=1)   # second mention (first is taken)
#   《专项规划》, 各街道(镇): no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)         # 发文机构:…
p.block(3, 7, "PAGE")                      # record fields
p.block(9, 13, "BODY", article=1)

p.save()
