"""page-3310: 南方都市报 (ipaper.oeeee.com, A叠 e-paper), 2024-08-29: 南都对话饶平县委书记陈跃庆.
Text as returned by the `pages` store, from its title (the app prompt 为了更好的体验,请使用竖屏浏览 above
the title is left out); the last stored paragraph (南都:作为农产品主产区县…饶平如) is cut off
mid-sentence and was dropped, so the page ends on the first section's two heading lines."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3310", "corpus/raw/pages/3310_nandu_raoping_duihua.txt",
         publisher="南方都市报", date="2024-08-29", script="simplified", origin="pages")

# ---- line 1: kicker (the event: 南都对话…)
p.ent("ORG", "南都", line=1)                  # short name of 南方都市报 (medium)
p.ent("ORG", "饶平县委", line=1)              # 饶平县委书记 -> ORG + title
p.ent("PERSON", "陈跃庆", line=1)
# ---- line 3: headline; 全国特色魅力茶乡 is an honorary title, no span

# ---- line 5: web meta line, two labelled credits
p.byline("BYLINE", "来源:南方都市报", line=5)
p.ent("ORG", "南方都市报", line=5)
p.byline("BYLINE", "作者:卢婉珊", line=5)
p.ent("PERSON", "卢婉珊", line=5)

# ---- lines 7-13: photo captions (no credits printed)
p.ent("ADMIN", "饶平", line=7, nth=1)         # 饶平分期实施
p.ent("ADMIN", "饶平县", line=7)              # 饶平县海洋牧场现代设施建设项目: unit inside a project name
p.ent("ADMIN", "广东省", line=9)
p.slogan("PLAN", "十三五", line=9)
p.ent("ADMIN", "潮州", line=9)                # 潮州华瀛LNG接收站: unit inside a facility's name
p.ent("ADMIN", "钱东", line=11)               # 钱东出入口: exit named after 钱东镇
p.ent("ADMIN", "李厝村", line=11)
#   潮汕 (a region) no span

# ---- line 15
p.ent("ADMIN", "潮州市", line=15)
p.ent("ADMIN", "饶平县", line=15)
#   原中央苏区县 (中央 as a modifier), 粤闽, 粤港澳大湾区, 海西经济区, 粤东: regions / one-character forms, no span

# ---- line 17
p.ent("ADMIN", "饶平", line=17)
p.ent("ADMIN", "南昌", line=17)               # 南昌起义: unit inside an event's name
p.ent("ADMIN", "茂芝", line=17)               # 茂芝会议: named after 茂芝 (village of 上饶镇)
p.ent("ADMIN", "中国", line=17)               # 中国最大八角土楼: 中国 as a place
p.ent("ADMIN", "浮滨", line=17)               # 浮滨文化: culture named after 浮滨镇
p.ent("ADMIN", "柘林", line=17)               # 柘林古港: unit inside a site's name
p.ent("ADMIN", "饶洋镇", line=17)
p.ent("ADMIN", "蓝屋畲族村", line=17)
#   潮客 (one-character forms), 岭南, 瀛洲, 道韵楼, 商陶大口尊: no span

# ---- line 19
p.ent("ADMIN", "潮州市", line=19)
p.ent("ADMIN", "饶平县", line=19)
p.ent("ADMIN", "广东省", line=19)
p.ent("ADMIN", "饶平", line=19, after="接下来")
p.ent("ORG", "南方都市报", line=19)
p.ent("ORG", "饶平县委", line=19)
p.ent("PERSON", "陈跃庆", line=19)

# ---- line 23: 黄冈河 (a river), 凤江新城 (a planned urban area, no unit): no span

# ---- blocks
p.block(1, 1, "KICKER", article=1)
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 13, "CAPTION", article=1)
p.block(15, 19, "BODY", article=1)
p.block(21, 23, "CROSSHEAD", article=1)

p.save()
