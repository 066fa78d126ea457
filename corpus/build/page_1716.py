"""page-1716: 澳門海關 (Macao Customs Service, customs.gov.mo), press release on 6 smuggling cases
of 30-31 December 2025. Text as returned by the `pages` store: it holds no title line, it opens
with the first body paragraph; the blank lines between paragraphs (left by photos) are kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1716", "corpus/raw/pages/1716_macau_customs_shuike.txt",
         publisher="澳門海關", date=None, script="traditional", origin="pages")

# ---- line 1
p.ent("ORG", "澳門海關", line=1)
#   本澳: deictic (like 本县), no span
p.ent("ORG", "海關", line=1, after="31日")              # 海關在關閘口岸…截獲: the body acting (decision 13)
#   關閘口岸: a border checkpoint (site), 關閘 is no unit
p.ent("ADMIN", "澳門", line=1, after="港珠澳大橋")        # 港珠澳大橋澳門口岸: unit inside a site's name (decision 2)

# ---- line 2
p.ent("ORG", "海關", line=2)                             # 海關人員
p.ent("ADMIN", "澳門", line=2, after="港珠澳大橋")        # 港珠澳大橋澳門口岸
p.ent("ADMIN", "澳門", line=2, after="男性")              # 男性澳門居民

# ---- line 7
p.ent("ORG", "海關", line=7)                             # 海關人員
#   內地居民: 內地 names no unit
p.ent("ADMIN", "澳門", line=7)                           # 一名男性澳門居民

# ---- line 12
p.ent("ORG", "海關", line=12)                            # 海關已根據…
#   《對外貿易法》, 《衛生檢疫及植物檢疫》: law titles without a unit
p.ent("ADMIN", "澳門", line=12, after="5萬")             # 5萬澳門元: the unit inside its currency's name (decision 2, doubt)
p.ent("ADMIN", "澳門特別行政區", line=12)
p.ent("ORG", "海關", line=12, after="另外一人")           # 海關將…移交
#   權限部門: generic
p.ent("ORG", "市政署", line=12)

# ---- line 13-14
p.ent("ORG", "海關", line=13)                            # crosshead 海關呼籲
p.ent("ORG", "海關", line=14, after="不法販運活動。")      # 海關會持續強化…
p.ent("ORG", "海關", line=14, after="可透過")             # 海關熱線: the body named in its hotline's name
p.ent("ORG", "海關", line=14, after="customs.gov.mo")    # 向海關舉報

# ---- blocks (one article; the store kept no title)
p.block(1, 2, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(12, 12, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(14, 14, "BODY", article=1)

p.save()
