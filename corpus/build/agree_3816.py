"""agree-page-3816: 正報 (Macao), 2018-12-20, two articles: 政府連串活動慶祝特區成立十九周年
and 特區政府公布本年度授勳名單 (the list is cut off after 莫志偉). Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3816", "corpus/raw/pages/3816_chengpou_tequ_shouxun.txt",
         publisher="正報", date="2018-12-20", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline. bare 政府 (institution type) and 特區 (level word): no span
# ---- line 3: date only -> PAGE
# ---- line 5
p.byline("BYLINE", "【特訊】", line=5)          # the paper's source tag
p.ent("ADMIN", "澳門特別行政區", line=5)
p.ent("ORG", "特區政府", line=5)                # level word + 政府, like 县政府
# 全澳: one-character short form, no ADMIN

# ---- line 7
p.ent("ORG", "特區政府", line=7)
# 金蓮花廣場, 旅遊塔會展娛樂中心: venues
p.ent("ORG", "澳廣視", line=7)                  # the broadcaster (TDM)
# 慶祝特區成立十九周年酒會: 特區 is a level word

# ---- line 9
p.ent("ORG", "郵電局", line=9)                  # a bare organ meaning one body (decision 13)
# 郵政總局集郵商店: a shop in the General Post Office building, a place
p.ent("ADMIN", "澳門特別行政區", line=9)        # inside the postmark's name (decision 2)
# 3澳門元: the currency's name, no place meant
p.ent("ORG", "旅遊局", line=9)
# 旅遊塔: a venue

# ---- line 11
p.ent("ORG", "民政總署", line=11)
# 氹仔 (an island, no unit), 龍環葡韻 (a site), “浪漫愛城──冬季花卉展” (an event)
p.ent("ADMIN", "澳門特區", line=11)

# ---- line 13: headline of article 2
p.ent("ORG", "特區政府", line=13)

# ---- line 15
p.byline("BYLINE", "△政府發言人辦公室訊", line=15)
p.ent("ORG", "政府發言人辦公室", line=15)
p.ent("ORG", "特區政府", line=15)
p.ent("ORG", "勳章、獎章和獎狀提名委員會", line=15)
p.ent("ADMIN", "澳門特別行政區", line=15)

# ---- lines 19-41: the recipients (medal names get no span)
for ln, n in [(19, "陳明金"), (21, "馮志強"), (23, "何厚鏜"), (25, "關翠杏"), (27, "黃俊華"),
              (33, "許敖敖"), (35, "郭昌宇"), (37, "Maria Paula de Matos Pimenta Simões"),
              (39, "麥誠軒"), (41, "莫志偉")]:
    p.ent("PERSON", n, line=ln)

# ---- line 29
p.ent("ADMIN", "澳門特別行政區", line=29)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "HEADLINE", article=2)
p.block(15, 41, "BODY", article=2)

p.save()
