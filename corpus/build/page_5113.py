"""page-5113: 儋州市人民政府 (Hainan), the 2025 work report of 木棠镇人民政府 (a township), as stored
in the `pages` store on ysol.com (园区动态 section; 来源:市政府工作报[告], the city portal's section of
township work reports). Text from its title; the last stored paragraph (发展乡村文旅。…完成) is cut
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5113", "corpus/raw/pages/5113_danzhou_mutang_zhengfu_baogao.txt",
         publisher="儋州市人民政府", date="2025-03-20", script="simplified", origin="pages")

# ---- line 1: page title
p.ent("ORG", "木棠镇人民政府", line=1)               # a government inside a work report's title: ORG (page-1604 rule)

# ---- line 3: meta line 来源:… 时间:… 查阅:
p.byline("BYLINE", "来源:市政府工作报", line=3)      # labelled source credit; timestamp and counter outside
p.ent("ORG", "市政府", line=3)                      # 市政府工作报[告]: as 区政府 in 《区政府工作报告》

# ---- line 5: the report's own title (政府工作报告): no entity
# ---- line 7: speaker line
p.byline("BYLINE", "木棠镇人民政府镇长羊金万", line=7)
p.ent("ORG", "木棠镇人民政府", line=7)
p.ent("PERSON", "羊金万", line=7)                   # 镇长 is a title

# ---- line 9: the meeting
p.ent("ORG", "木棠镇第十七届人民代表大会", line=9)   # congress of a numbered term: one ORG; 第六次会议 outside

# ---- line 13
p.ent("ORG", "木棠镇人民政府", line=13)

# ---- line 17
p.ent("ADMIN", "中华人民共和国", line=17)           # the state named as such (成立75周年)
#   儋洋一体化 (x2): one-character short forms of 儋州 and 洋浦, no span
p.ent("PERSON", "习近平", line=17)                  # inside the ideology's name
p.ent("ORG", "市委", line=17)
p.ent("ORG", "市政府", line=17)
p.ent("ORG", "镇党委", line=17)
p.ent("ADMIN", "海南", line=17)                     # 海南自贸港: the province inside the port's name (decision 2)
p.ent("ADMIN", "木棠镇", line=17)

# ---- line 23: road sections named after the township and the zone
p.ent("ADMIN", "木棠", line=23, nth=1)              # 环新英湾旅游公路(木棠段)
p.ent("ADMIN", "洋浦", line=23)                     # 洋浦疏港高速公路: 洋浦 (经济开发区), a named zone, inside a road's name
p.ent("ADMIN", "木棠", line=23, nth=1)              # 洋浦疏港高速公路(木棠段)
p.ent("ADMIN", "木棠", line=23, nth=1)              # 环新英湾快速干道(木棠段)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "HEADLINE", article=1)     # the report's title printed under the page title
p.block(7, 7, "BYLINE", article=1)       # speaker line, title included (decision 8)
p.block(9, 9, "SUBHEAD", article=1)      # the meeting it was given at (adds facts)
p.block(11, 13, "BODY", article=1)
p.block(15, 15, "CROSSHEAD", article=1)  # 一、2024年工作回顾
p.block(17, 23, "BODY", article=1)       # (一)… and 保障项目征拆。 are run-in heads of body paragraphs

p.save()
