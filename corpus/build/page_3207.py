"""page-3207: 深圳市龙华区观湖街道办事处 (szlhq.gov.cn, the street office's open-government
catalogue on the 龙华区 government site), 2020-03-13, one document: 2020年观湖街道党工委工作报告.
Text as returned by the `pages` store, from its title; its last paragraph (这一年,我们着力做好
“政治体检”…专题调) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3207", "corpus/raw/pages/3207_guanhu_dangongwei_baogao.txt",
         publisher="深圳市龙华区观湖街道办事处", date="2020-03-13", script="simplified",
         origin="pages")

# ---- line 1: the web page's title
p.ent("ORG", "观湖街道党工委", line=1)

# ---- line 3: meta line 来源:… 日期:… 【字体:
p.byline("BYLINE", "来源:龙华区观湖街道办", line=3)       # labelled credit (decision 12), date outside
p.ent("ORG", "龙华区观湖街道办", line=3)                  # the street office as the source (an office acting)

# ---- line 6: the report's own title
p.slogan("GROUP", "双区驱动", line=6)                      # 双 in a fixed formula (双区 = 大湾区 + 先行示范区);
                                                           # the two zones are not listed as its items: no expansion
p.slogan("COUNT", "六个观湖", line=6)                      # items not printed on the stored page: no expansion
p.ent("ADMIN", "观湖", line=6)                              # unit inside a campaign name (decision 2)

# ---- line 8: subtitle
p.ent("ORG", "观湖街道党工委", line=8)

# ---- line 10
p.ent("ORG", "观湖街道党工委", line=10)                    # inside 观湖街道党工委工作会议: organ in a meeting name
p.ent("PERSON", "习近平", line=10)                          # 习近平新时代中国特色社会主义思想
#   党的十九大, 十九届二中、三中、四中全会: congresses/plenums, no span, no formula
#   中央经济工作会议: 中央 only qualifies the meeting (modifier), no span
p.ent("PERSON", "习近平", line=10, nth=1)                  # 习近平总书记 (second occurrence; nth counts free hits)
p.ent("ADMIN", "广东", line=10)
p.ent("ADMIN", "深圳", line=10)                             # 对广东、深圳工作
#   《粤港澳大湾区发展规划纲要》: a region named by one-character short forms, no ADMIN
p.ent("ORG", "中共中央", line=10)                           # issuers named in a document title
p.ent("ORG", "国务院", line=10)
p.ent("ADMIN", "深圳", line=10, after="关于支持")           # 支持深圳建设…先行示范区
#   中国特色社会主义先行示范区: a fixed political designation, no span; 市、区: level words
p.ent("ADMIN", "观湖", line=10, after="城市范例")           # 贡献观湖力量

# ---- line 14
#   新中国成立70周年: the state as an era, no ADMIN (see notes)
p.ent("ADMIN", "深圳", line=14)                             # 深圳建市40周年
p.ent("ORG", "区委", line=14)                               # 区委区政府 -> two ORG
p.ent("ORG", "区政府", line=14)
#   粤港澳大湾区, 先行示范区: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)     # the web page's title
p.block(3, 3, "BYLINE", article=1)       # 来源:龙华区观湖街道办 日期:… 【字体:
p.block(4, 4, "PAGE")                    # 文件已失效 (record status, like 是否有效)
p.block(6, 6, "HEADLINE", article=1)     # the report's own title, printed under the page title
p.block(8, 8, "SUBHEAD", article=1)      # ——2020年观湖街道党工委工作报告
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "CROSSHEAD", article=1)  # 一、2019年工作回顾 (numbered heading)
p.block(14, 14, "BODY", article=1)

p.save()
