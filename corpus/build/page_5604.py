"""page-5604: 杭州市上城区人民政府 (district portal hzsc.gov.cn; the 2020 work report of the former
江干区人民政府, merged into 上城区 in 2021; URL dated 2020-02-27), one article: 政府工作报告 (its
opening). Text as returned by the `pages` store, from its title; the stored opening ends inside the
paragraph 重点领域改革全面发力。打响“最多跑一次”改革向公共场所延伸“当头炮…, which is dropped
(cut mid-sentence). Line 7 holds only a space, as stored (a blank line for the blocks)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5604", "corpus/raw/pages/5604_jianggan_zhengfu_gongzuo_baogao.txt",
         publisher="杭州市上城区人民政府", date="2020-01-20", script="simplified", origin="pages")

# ---- line 3: adoption note under the title (SUBHEAD); a congress of a numbered term is one ORG,
#      the session after it stays outside (21NN)
p.ent("ORG", "江干区第十五届人民代表大会", line=3)

# ---- line 5: the speaker line under the title (BYLINE, decision 8 / 23NN)
p.byline("BYLINE", "江干区人民政府区长   楼建忠", line=5)
p.ent("ORG", "江干区人民政府", line=5)
p.ent("PERSON", "楼建忠", line=5)

# ---- line 11
p.ent("ORG", "区人民政府", line=11)
#   各位政协委员: a member's title, the bare 政协 names no one body here (no span, as most pages)

# ---- line 15
#   新中国成立70周年: a fixed political term, no ADMIN
p.ent("ORG", "市委", line=15)
p.ent("ORG", "市政府", line=15)
p.ent("ORG", "区委", line=15)
p.ent("ORG", "区人大", line=15)
p.ent("ORG", "区政协", line=15)
p.ent("PERSON", "习近平", line=15)
#   长三角: a region, no ADMIN
p.ent("ORG", "区十五届人大", line=15)          # 区十五届人大第三次会议: the congress of the term, session outside
p.slogan("COUNT", "十件民生实事", line=15)      # the year's package of ten livelihood projects; 项目 outside

# ---- line 19
p.slogan("ONE", "最多跑一次", line=19, nth=1)   # the province's reform by its number: one visit at most
p.slogan("ONE", "一件事", line=19)              # the "一件事" (one matter handled whole) reform
#   “跑零次”: 零 counts nothing (decision 10), no span
p.slogan("ONE", "最多跑一次", line=19, nth=1)   # second mention
p.slogan("GROUP", "二书合一", line=19)          # N合一 is GROUP (session 5); its two 书 are not named
#   “书证合办”, “最多60天”: no formula
p.slogan("PARALLEL", "一窗受理、四端协同", line=19)  # two numeral-led parts of one mode, joined by 、

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(9, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "CROSSHEAD", article=1)
p.block(19, 19, "BODY", article=1)

p.save()
