"""page-3816: 正報 (chengpou.com.mo, Macau daily, 社文/dailynews section), 2018-12-20: two items,
政府連串活動慶祝特區成立十九周年 and 特區政府公布本年度授勳名單. Text as returned by the `pages`
store, from its title; the store's text ends in the middle of the honours list (a last line
"葉紹", cut mid-name), which was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3816", "corpus/raw/pages/3816_chengpou_tequ_shouxun.txt",
         publisher="正報", date="2018-12-20", script="traditional", origin="pages")

# ---- line 1: headline of article 1
#   政府 (bare) and 特區 (level word alone): no span

# ---- line 5: source tag + first paragraph
p.byline("BYLINE", "【特訊】", line=5)             # a source tag, like 【本報消息】
p.ent("ADMIN", "澳門特別行政區", line=5)
p.ent("ORG", "特區政府", line=5)                   # level word + organ, the SAR government
#   全澳: no span

# ---- line 7
p.ent("ORG", "特區政府", line=7)
p.ent("ORG", "澳廣視", line=7)                     # TDM, the broadcaster (media are ORG)
#   金蓮花廣場, 旅遊塔會展娛樂中心: venues, no span

# ---- line 9
#   政府部門: generic
p.ent("ORG", "郵電局", line=9)                     # one specific bureau (decision 13)
#   郵政總局集郵商店: the General Post Office building's stamp shop, a venue (decision 14)
p.ent("ADMIN", "澳門特別行政區", line=9)            # inside the postmark's name (decision 2)
p.ent("ADMIN", "澳門", line=9, after="售價")       # 3澳門元: the unit inside the currency's name
p.ent("ORG", "旅遊局", line=9)
#   旅遊塔: venue

# ---- line 11
p.ent("ORG", "民政總署", line=11)
#   氹仔 (an island, not an administrative unit), 龍環葡韻 (a site): no span
p.ent("ADMIN", "澳門特區", line=11)                # short form + level, one unit (like 威宁自治县)

# ---- line 13: headline of article 2
p.ent("ORG", "特區政府", line=13)

# ---- line 15: source tag + paragraph
p.byline("BYLINE", "△政府發言人辦公室訊", line=15)
p.ent("ORG", "政府發言人辦公室", line=15)
p.ent("ORG", "特區政府", line=15)
p.ent("ORG", "勳章、獎章和獎狀提名委員會", line=15)  # the named nominating committee
p.ent("ADMIN", "澳門特別行政區", line=15)

# ---- lines 19-27: 榮譽勳章 list
for ln, name in [(19, "陳明金"), (21, "馮志強"), (23, "何厚鏜"), (25, "關翠杏"), (27, "黃俊華")]:
    p.ent("PERSON", name, line=ln)

# ---- line 29
p.ent("ADMIN", "澳門特別行政區", line=29)

# ---- lines 33-41: 功績勳章 list
for ln, name in [(33, "許敖敖"), (35, "郭昌宇"), (37, "Maria Paula de Matos Pimenta Simões"),
                 (39, "麥誠軒"), (41, "莫志偉")]:
    p.ent("PERSON", name, line=ln)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                  # date line
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "HEADLINE", article=2)
p.block(15, 41, "BODY", article=2)

p.save()
