"""page-5106: 中国城市报, 2020-12-22, one article: 福建泉州泉港區:打造「近鄰晤福」城市黨建品牌.
Text as returned by the `pages` store (copy on the aggregator ppfocus.com, converted to
traditional script), from its title; the last paragraph (cut mid-sentence) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5106", "corpus/raw/pages/5106_quangang_jinlin_dangjian.txt",
         publisher="中国城市报", date="2020-12-22", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "福建", line=1)
p.ent("ADMIN", "泉州", line=1)
p.ent("ADMIN", "泉港區", line=1)                     # 「近鄰晤福」: a brand, no span

# ---- line 3: medium with its date (the page's source line)
p.byline("BYLINE", "中國城市報", line=3)
p.ent("ORG", "中國城市報", line=3)

# ---- line 5
p.ent("PERSON", "習近平", line=5)
p.ent("ADMIN", "廈門", line=5)
p.ent("ORG", "福建省泉州市泉港區委組織部", line=5)   # one ORG with its admin prefix
p.ent("ADMIN", "山腰街道", line=5)
#   聚福小區 (twice): a residential compound, no span; 閩南語, 「有福」「五福」: no span

# ---- line 9
p.ent("ADMIN", "泉港區", line=9)
p.ent("ADMIN", "山腰街道", line=9)
p.ent("ADMIN", "聚福社區", line=9)                   # 聚福社區城市基層黨建聯席會議: a meeting, the community ADMIN
#   小區業委會 (bare), 連先生 (surname + address): no span

# ---- line 11
p.ent("ORG", "泉港區委組織部", line=11)
p.ent("ORG", "區住建局", line=11)
p.ent("ORG", "區民政局", line=11)
p.ent("ADMIN", "山腰街道", line=11)
p.ent("ADMIN", "泉港區", line=11)                    # inside the title 《泉港區構建…實施方案》 (decision 2)
p.slogan("PARALLEL", "126", line=11)                 # quoted code of digits, like “153”
p.ent("ORG", "聚福小區業主委員會", line=11)          # a named place's body (like 瑞南居民区党总支)
#   業主委員會黨支部, 小區業委會主任, 小區黨支部: bare kinds of body, no span
p.slogan("PARALLEL", "兩議兩評兩公開", line=11)      # like 四议两公开

# ---- line 13 (caption of the article's picture)
p.ent("ORG", "聚福小區黨支部", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)    # 引領福 組織聚力
p.block(9, 11, "BODY", article=1)
p.block(13, 13, "CAPTION", article=1)    # a photo's caption left in the text by the copy

p.save()
