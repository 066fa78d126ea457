"""page-4315: macrocosm.tw (Taiwan local news site covering 彰化縣; site name not printed on the
stored page), undated (8月28日, no year printed), one article: 和美鎮公所 thanks the press before
Journalists' Day. Text as returned by the `pages` store; the store keeps no title (the URL slug is
和美鎮公所與新聞媒體業務交流聯誼餐會圓滿成功); its last paragraph, cut off mid-sentence
(彰化新聞記者公會理事長吳三伯率領…第21屆榮譽理事長蘇), is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4315", "corpus/raw/pages/4315_hemei_journalists_day.txt",
         publisher="macrocosm.tw", date=None, script="traditional", origin="pages")

# ---- line 1: byline + lead
p.byline("BYLINE", "【記者張德欽、吳三伯、温玉沛/彰化報導】")
p.ent("PERSON", "張德欽", line=1)
p.ent("PERSON", "吳三伯", line=1)
p.ent("PERSON", "温玉沛", line=1)
p.ent("ADMIN", "彰化", line=1)                      # desk's place in the byline (decision 12)
#   九一記者節: a holiday (Sept 1), no formula
p.ent("ADMIN", "和美鎮", line=1)                    # 和美鎮長 -> contracted title (decision 15)
p.ent("PERSON", "林庚壬", line=1, every=True)       # twice on line 1

# ---- line 2
p.ent("PERSON", "林庚壬", line=2)
p.ent("ADMIN", "和美鎮", line=2, every=True)         # 和美鎮現在是…, 和美鎮是唯一…
p.ent("ADMIN", "彰化縣", line=2, every=True)         # 彰化縣第一名…, 唯一彰化縣一個…

# ---- line 3
p.ent("PERSON", "林庚壬", line=3)
p.ent("ORG", "彰化縣政府", line=3)
p.ent("ADMIN", "彰化", line=3)                      # 「彰化一日遊」: unit inside a campaign name (decision 2)
p.ent("ADMIN", "和美", line=3, every=True)          # 來我們和美觀光 / 來和美消費 / 來我們和美看看 / 和美有出名的
#   彩虹屋-卡里善之樹, 道東書院: sites, no span (decision 14)

# ---- line 4
p.ent("PERSON", "周保方", line=4)
p.ent("ORG", "鎮民代表會", line=4)                  # the town's council, one specific body (level word + organ)

# ---- line 5: list of guests
p.ent("ADMIN", "和美鎮", line=5)                    # 和美鎮長林庚壬
p.ent("PERSON", "林庚壬", line=5)
p.ent("ADMIN", "和美鎮", line=5, nth=1, after="林庚壬")   # 和美鎮代表主席: chair of its council, 代表 names no organ
p.ent("PERSON", "周保方", line=5)
p.ent("PERSON", "辛汎峰", line=5)
p.ent("PERSON", "李碧珠", line=5)
p.ent("ORG", "民政課", line=5)                      # 民政課長 -> the office's section (decision 15, 13)
p.ent("PERSON", "劉博文", line=5)
p.ent("ORG", "農業課", line=5)
p.ent("PERSON", "謝智慧", line=5)
p.ent("ORG", "財政課", line=5)
p.ent("PERSON", "陳美玲", line=5)
p.ent("ORG", "行政課", line=5)
p.ent("PERSON", "謝孟夆", line=5)
#   清潔隊長, 圖書館館長, 生命禮儀管理所所長: bare institution types (decision 13), no ORG
p.ent("PERSON", "葉木樹", line=5)
p.ent("PERSON", "陳淑惠", line=5)
p.ent("PERSON", "黃勝暉", line=5)
p.ent("PERSON", "許芳瑜", line=5)

# ---- blocks: one web article without a stored title
p.block(1, 5, "BODY", article=1)

p.save()
