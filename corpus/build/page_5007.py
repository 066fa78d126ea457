"""page-5007: bignews.tw (site name not printed on the stored page), a 宜蘭 report by 記者張金源:
代理縣長陳金德's 施政總報告 to 宜蘭縣議會 (第18屆第7次大會). Text as returned by the `pages` store,
from its title; its last paragraph (能聆聽民眾聲音,…多面向的服), cut off mid-word, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5007", "corpus/raw/pages/5007_bignews_yilan_chenjinde_report.txt",
         publisher="bignews.tw", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "陳金德", line=1)
#   六項規劃: a count of plans in prose (like 六项内容), no slogan

# ---- line 2: byline + lead
p.byline("BYLINE", "(記者張金源/宜蘭報導)")
p.ent("PERSON", "張金源", line=2)
#   宜蘭 in 宜蘭報導: the desk's place, no span (session 12 decision)
p.ent("PERSON", "陳金德", line=2)                    # 代理縣長陳金德
p.ent("ORG", "宜蘭縣議會", line=2)
p.ent("ADMIN", "宜蘭", line=2, after="建構韌性")      # 韌性宜蘭
p.ent("ADMIN", "宜蘭", line=2, after="的規劃、")      # 宜蘭現今面對的課題
p.ent("ADMIN", "宜蘭", line=2, after="韌性的")        # 韌性的宜蘭人 (place + 人)
p.ent("ADMIN", "宜蘭", line=2, after="以植樹改善")
p.ent("ADMIN", "宜蘭", line=2, after="防制污染維護")
p.ent("ORG", "中央", line=2)                         # 敦促中央: the central authorities acting
p.ent("ADMIN", "宜蘭", line=2, after="加速")          # 宜蘭聯外交通建設

# ---- line 3
p.ent("PERSON", "陳金德", line=3)

# ---- line 4
p.ent("PERSON", "金德", line=4)                      # the speaker names himself by his given name
p.ent("ADMIN", "宜蘭", line=4)                       # 感受宜蘭正在正確的道路上前進

# ---- line 5
p.ent("PERSON", "金德", line=5)
#   本府各單位: deictic 本府 (like 本報), no span
p.ent("ADMIN", "宜蘭", line=5, after="讓")           # 讓宜蘭成為韌性城鄉
p.ent("ORG", "縣政府", line=5)                       # 向鄉親報告縣政府…
p.ent("ADMIN", "宜蘭", line=5, after="意見回饋")      # 對宜蘭好的 / 政策方向

# ---- line 6: 議長、副議長、議員: titles, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 6, "BODY", article=1)

p.save()
