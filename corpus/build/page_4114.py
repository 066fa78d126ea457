"""page-4114: 泰州日报 (e-paper, A03 综合; stored on the 360elib 电子报阅读机), date not printed
(日期:12-23, year unknown), one article: 铺头村和美宜居入画来. Text as returned by the `pages`
store, from its title; the last paragraph (cut off mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4114", "corpus/raw/pages/4114_taizhou_hailing_putou.txt",
         publisher="泰州日报", date=None, script="simplified", origin="pages")

# 铺头村 / 铺头自然村: a natural village under 姚家社区 (decision 3: 自然村 gets no span),
# so no ADMIN on lines 1, 7, 11, 13, 15, 17, 19.

# ---- line 7: photo caption with its credit
p.byline("PHOTO", "高加平 摄", line=7)
p.ent("PERSON", "高加平", line=7)

# ---- line 9: kicker
#   中央、省、市主流媒体: 中央 qualifies a level, no span
p.ent("ADMIN", "海陵", line=9)                      # 海陵区
p.ent("ADMIN", "九龙", line=9)                      # 九龙镇

# ---- line 13: byline + first paragraph
p.byline("BYLINE", "本报讯(记者 高加平 通讯员 吴驰 滕飞)", line=13)
p.ent("PERSON", "高加平", line=13)
p.ent("PERSON", "吴驰", line=13)
p.ent("PERSON", "滕飞", line=13)
p.ent("ADMIN", "海陵", line=13)                     # unit inside the event's name ("媒"好出圈"看海陵)
p.ent("ADMIN", "九龙镇", line=13)

# ---- line 17
p.ent("ADMIN", "江苏省", line=17)                   # inside the award 江苏省第十批次特色田园乡村
#   "田林相映、粮果共生": no numeral

# ---- line 19
p.ent("ORG", "姚家社区党总支", line=19)             # a named community's body: one ORG
p.ent("PERSON", "顾慧荣", line=19)

# ---- line 21
p.ent("ORG", "林海集团", line=21)                   # enterprise; its 生产车间 is a place
p.ent("ADMIN", "九龙", line=21)                     # 九龙污水处理厂: a facility, the unit inside it

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)                # the web page's title (printed again on line 11)
p.block(3, 5, "PAGE")                               # 日期 / 字号 / 版面 … 上一篇 下一篇
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "KICKER", article=1)
p.block(11, 11, "HEADLINE", article=1)
p.block(13, 21, "BODY", article=1)

p.save()
