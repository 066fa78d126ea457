"""page-5705: 现代金报 (宁波日报报业集团's metro daily; e-paper at daily.cnnb.com.cn/xdjb, 第A4版:甬上新闻),
2019-02-24, one article: 郑栅洁一年前调研的傅家路村 如今有了更美的模样. Text as returned by the `pages`
store, from its title; the e-paper navigation above the title is left out, and the last paragraph
(cut off mid-sentence: 多年前,傅家路村是远近闻名的“无资源、无资金、无特色”的三无村,) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5705", "corpus/raw/pages/5705_xiandaijinbao_fujialu_cun.txt",
         publisher="现代金报", date="2019-02-24", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("PERSON", "郑栅洁", line=1)
p.ent("ADMIN", "傅家路村", line=1)

# ---- line 3: subhead (a villager's words under the title): no entity

# ---- line 5: the lead picture's caption
p.ent("ADMIN", "傅家路村", line=5)                 # 傅家路村文化礼堂: a venue, the unit inside it (decision 2)

# ---- line 9: first paragraph
# 慈溪市崇寿镇傅家路村党委书记: the village's Party committee with its whole admin prefix is one ORG (§2)
p.ent("ORG", "慈溪市崇寿镇傅家路村党委", line=9)
p.ent("PERSON", "陈沸沸", line=9)
p.ent("ORG", "宁波市委", line=9)                   # 宁波市委书记 -> ORG + title
p.ent("PERSON", "郑栅洁", line=9)
p.ent("ADMIN", "傅家路村", line=9)
#   两类人: a count in prose, no formula

# ---- line 11
p.ent("PERSON", "陈沸沸", line=11)
p.ent("ADMIN", "傅家路村", line=11)

# ---- line 13: byline (printed after the two lead paragraphs, above the reportage)
p.byline("BYLINE", "□金报记者 陈嫣然 章萍", line=13)
p.ent("ORG", "金报", line=13)                      # the paper's short name (现代金报) as the byline's medium
p.ent("PERSON", "陈嫣然", line=13)
p.ent("PERSON", "章萍", line=13)

# ---- line 15: the photographer's labelled credit, in the byline position (攝影:宋幸儒 precedent -> BYLINE)
p.byline("BYLINE", "摄影 记者 张培坚", line=15)
p.ent("PERSON", "张培坚", line=15)

# ---- line 17: crosshead
p.ent("ADMIN", "傅家路村", line=17)

# ---- line 19
#   市镇村三级: levels, no span; 崇庵公路 (a road), 塘角区块, 精品村: places, no span
p.ent("ORG", "镇卫生院", line=19)                  # the town's health centre: level word + institution (like 鎮政府)
#   村卫生室 ... 改造完成: a facility being refurbished, no span; 五星级文化礼堂: a rating, no formula
p.ent("PERSON", "陈沸沸", line=19)

# ---- line 21
p.ent("ADMIN", "傅家路村", line=21)
p.ent("PERSON", "胡永品", line=21)

# ---- line 23: crosshead (its paragraph, cut off by the store, is dropped): no entity

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)
p.block(5, 5, "CAPTION", article=1)
p.block(9, 11, "BODY", article=1)      # line 7 holds only spaces: blank
p.block(13, 15, "BYLINE", article=1)
p.block(17, 17, "CROSSHEAD", article=1)
p.block(19, 21, "BODY", article=1)
p.block(23, 23, "CROSSHEAD", article=1)

p.save()
