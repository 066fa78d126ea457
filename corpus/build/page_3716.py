"""page-3716: 星島日報 (stheadline.com, 政情), 2026-02-14, one article: 農曆新年｜多名司局長18區「駿馬迎新」歲晚家訪.
Text as returned by the `pages` store, from its title (the site's copyright line printed above the title is left
out); the store's last line, an app prompt cut off mid-word (↓立即下載星島頭), and the blank line before it were dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3716", "corpus/raw/pages/3716_singtao_18qu_suiwan_jiafang.txt",
         publisher="星島日報", date="2026-02-14", script="traditional", origin="pages")

# ---- line 1: headline: 18區 counts districts (no formula), 「駿馬迎新」 has no numeral: no spans

# ---- line 7
p.ent("ORG", "香港特區政府", line=7)
p.ent("ORG", "民政事務總署", line=7)
for d in ["中西區", "沙田區", "九龍城區", "深水埗區"]:
    p.ent("ADMIN", d, line=7)                     # Hong Kong's districts (decision 15)
p.ent("ADMIN", "東區", line=7, after="沙田區、")

# ---- line 9
p.ent("ORG", "財政司", line=9)                    # 財政司司長: the secretariat + title
p.ent("PERSON", "陳茂波", line=9)
p.ent("ADMIN", "中西區", line=9)                  # 署理中西區民政事務專員: district + title
p.ent("PERSON", "周卓瑩", line=9)
p.ent("ADMIN", "中西區", line=9, after="周卓瑩")   # 中西區區議員
#   地區服務及關愛隊伍（關愛隊）: a kind of team (many per district), no ORG; 堅尼地城: a place

# ---- line 11
p.ent("ORG", "政務司", line=11)
p.ent("PERSON", "卓永興", line=11)
p.ent("ADMIN", "沙田", line=11)                   # 沙田民政事務專員
p.ent("PERSON", "余懷誠", line=11)
p.ent("ADMIN", "沙田區", line=11)                 # 沙田區區議員
#   美林邨: an estate (place)

# ---- line 13
p.ent("ORG", "財政司", line=13)
p.ent("PERSON", "黃偉綸", line=13)
p.ent("ADMIN", "東區", line=13)                   # 東區民政事務專員
p.ent("PERSON", "黎旨軒", line=13)
p.ent("ADMIN", "東區", line=13, after="黎旨軒")    # 東區區議員
#   耀東邨: an estate

# ---- line 15
p.ent("ORG", "財經事務及庫務局", line=15)
p.ent("PERSON", "許正宇", line=15)
p.ent("ADMIN", "九龍城", line=15)                 # 九龍城民政事務專員
p.ent("PERSON", "蔣志豪", line=15)
p.ent("ADMIN", "九龍城區", line=15)               # 九龍城區區議員
p.ent("ORG", "教育局", line=15)
p.ent("PERSON", "蔡若蓮", line=15)                # 蔡若蓮博士: 博士 is a title
p.ent("ADMIN", "深水埗", line=15)                 # 深水埗民政事務專員
p.ent("PERSON", "王浩宇", line=15)
p.ent("ADMIN", "深水埗", line=15, after="王浩宇")  # 深水埗區議員: read 深水埗|區議員
p.ent("ADMIN", "深水埗", line=15, after="代表探訪")  # 深水埗的長者家庭
#   德朗邨: an estate; 雙老家庭: ordinary word, no formula

# ---- line 17
p.ent("ORG", "特區政府", line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "COLUMN")          # 政情: the site's section
p.block(4, 5, "PAGE")            # 更新時間 / 發佈時間: timestamps only
p.block(7, 17, "BODY", article=1)

p.save()
