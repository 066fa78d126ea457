"""page-3013: 海原县人民政府门户网 (hy.gov.cn, 宁夏中卫市海原县), 2025-09-08, one notice:
海原县林业和草原局关于开展2025年“政府开放日”活动的公告. Text as returned by the `pages` store,
from its title (the stored page opens with the title and ends with the site's link bar)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3013", "corpus/raw/pages/3013_haiyuan_linye_kaifangri.txt",
         publisher="海原县人民政府", date="2025-09-08", script="simplified", origin="pages")

# ---- line 1: title
p.ent("ORG", "海原县林业和草原局", line=1)          # a department with 和 in its name: one ORG

# ---- line 2: preamble
#   党的二十届三中全会: a plenum (event), no span, no formula
p.ent("PERSON", "习近平", line=2)                   # 习近平生态文明思想
#   林业和草原系统: a sector, not one body
p.ent("ADMIN", "海原县", line=2)                    # 海原县林草工作实际
#   “政府开放日”: an event name without a number, no slogan

# ---- line 4: the activity's name
p.ent("ORG", "海原县林业和草原局", line=4)          # organisation inside an event's name (decision 2)

# ---- line 7: venues
p.ent("ORG", "林业和草原局", line=7)                # bare department meaning one body (decision 13)
p.ent("ORG", "西华山林场", line=7)                  # a named forest farm (batch 7/8 rule: ORG)

# ---- line 9
p.ent("ADMIN", "海原县", line=9)                    # 海原县林草事业发展
p.ent("ORG", "海原县林业和草原局", line=9)

# ---- line 12: 林业和草原系统 again: no span
# ---- line 14: 局三楼会议室: bare 局, a room: no span
# ---- line 15
p.ent("PERSON", "马维国", line=15)                  # 主 持 人:马维国 (a programme item, not a byline)

# ---- line 18
p.ent("ORG", "林业和草原局", line=18)               # 林业和草原局局长马维国
p.ent("PERSON", "马维国", line=18)

# ---- line 22
p.ent("ORG", "海原县林业和草原局综合办公室", line=22)  # sub-unit joins its organisation

# ---- line 23
p.ent("PERSON", "洪莹", line=23)                    # 联系人:洪莹 (item of the notice's registration section)

# ---- line 25: signing unit under the last sentence, over the date line -> closing CREDIT
p.byline("CREDIT", "海原县林业和草原局", line=25)
p.ent("ORG", "海原县林业和草原局", line=25)

# ---- line 29: site furniture
p.ent("ADMIN", "中卫市", line=29)                   # 中卫市各部门网站 (link bar, PAGE block)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BODY", article=1)
p.block(3, 3, "CROSSHEAD", article=1)   # 一、活动名称
p.block(4, 4, "BODY", article=1)
p.block(5, 5, "CROSSHEAD", article=1)   # 二、活动时间及地点
p.block(6, 7, "BODY", article=1)
p.block(8, 8, "CROSSHEAD", article=1)   # 三、邀请对象
p.block(9, 9, "BODY", article=1)
p.block(10, 11, "CROSSHEAD", article=1) # 四、活动内容 / (一)现场参观(9:00—11:20)
p.block(12, 12, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1) # (二)座谈交流(11:20—12:00)
p.block(14, 20, "BODY", article=1)      # numbered items 1.-4. and 一是/二是/三是
p.block(21, 21, "CROSSHEAD", article=1) # 五、报名方式
p.block(22, 25, "BODY", article=1)      # registration items + the signing unit (CREDIT)
p.block(26, 29, "PAGE")                 # date line alone, then the site's link bar

p.save()
