"""page-5815: 互傳媒 (Taiwan news site), report 【互傳媒/記者 范家豪/屏東 報導】 on 屏東縣長周春米's
施政總報告 to the county council; copy stored at youbao.tw (a shop site mirroring Yahoo奇摩新聞).
Text as returned by the `pages` store, from its title line; the last paragraph (在城市建設方面…基礎道)
is cut off mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5815", "corpus/raw/pages/5815_hucm_pingtung_shizheng_baogao.txt",
         publisher="互傳媒", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "屏東縣政府", line=1)
p.ent("PERSON", "周春米", line=1)
# 五大策略 = the five 面向 that line 5 lists: first mention (headline) carries the expansion (decision 11)
p.slogan("GROUP", "五大策略", line=1,
         expansion=["全齡照顧", "城市進化", "產業升級", "文化觀光", "屏東韌性"])

# ---- line 3: byline line under the headline
p.byline("BYLINE", "互傳媒/記者 范家豪", line=3)
p.ent("ORG", "互傳媒", line=3)
p.ent("PERSON", "范家豪", line=3)

# ---- line 5: source tag opening the first paragraph
p.byline("BYLINE", "【互傳媒/記者 范家豪/屏東 報導】", line=5)
p.ent("ORG", "互傳媒", line=5)
p.ent("PERSON", "范家豪", line=5)
p.ent("ADMIN", "屏東", line=5)                      # the desk's place in the dateline (decision 12)
p.ent("ADMIN", "屏東縣", line=5)                    # 屏東縣長 -> unit + title (decision 15)
p.ent("PERSON", "周春米", line=5)
p.ent("ORG", "縣議會", line=5)                      # 縣議會第20屆第6次定期會: the session is the event
p.ent("ADMIN", "屏東", line=5, after="文化觀光")       # 屏東韌性 (an item's name): unit inside it (decision 2)
p.slogan("GROUP", "五大面向", line=5)                # same five as the headline's 五大策略 (no second expansion)
#   周縣長 (surname + title): no PERSON; 全縣, 縣政: level words
p.ent("ADMIN", "屏東", line=5, after="象徵")          # 屏東全齡照顧政策

# ---- line 9
p.ent("PERSON", "周春米", line=9)
p.ent("ORG", "縣府", line=9)                        # short for 縣政府 (like 市府)

# ---- line 11
p.ent("ORG", "中央", line=11)                       # 中央將加碼…: the central government acting
p.ent("ORG", "縣府", line=11)
p.ent("ADMIN", "屏東", line=11)                     # 實際居住屏東滿一年
p.ent("ORG", "縣府", line=11, after="營養補助金,為期")  # 縣府已編列…預算

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")                               # 廣告 (ad placeholder)
p.block(9, 11, "BODY", article=1)

p.save()
