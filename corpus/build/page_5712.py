"""page-5712: 延川县人民政府 (inferred: county news written with 我縣; copy stored on hoppecoke.com in
traditional script), no date printed, one article: 农业部对外经济合作中心 调研延川县苹果产业.
Text as returned by the `pages` store; the stored copy has no title line, no byline and no date."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5712", "corpus/raw/pages/5712_yanchuan_pingguo_diaoyan.txt",
         publisher="延川县人民政府", date=None, script="traditional", origin="pages")

# ---- line 1
p.ent("ORG", "農業部對外經濟合作中心", line=1)      # a ministry's centre: one ORG with its parent
p.ent("PERSON", "楊易", line=1)
p.ent("ADMIN", "延川縣", line=1)
p.ent("ORG", "中國蘋果產業協會", line=1)
p.ent("ORG", "縣委", line=1, nth=1)                 # 縣委副書記
p.ent("PERSON", "高明星", line=1)
p.ent("ORG", "縣委", line=1, after="高明星")        # 縣委常委 -> ORG 縣委
p.ent("PERSON", "顧衛兵", line=1)
p.ent("PERSON", "劉樹清", line=1)                   # 副縣長: title
#   政協副主席: bare 政協 before a title, no span (the corpus majority, docs/annotation.md 45NN-49NN)
p.ent("PERSON", "霍永勝", line=1)
p.ent("ORG", "縣果業局", line=1)                    # 市、縣果業局: 市 alone is an elided name, no span

# ---- line 2
p.ent("PERSON", "楊易", line=2, nth=1)
p.ent("ADMIN", "馬家河鄉", line=2, nth=1)
p.ent("ADMIN", "杜木塬村", line=2, nth=1)           # 蘋果點: a site
p.ent("ADMIN", "賀家灣鄉", line=2)                  # 千畝苗木繁育基地: a site
p.ent("ADMIN", "楊家圪臺鎮", line=2, nth=1)
p.ent("ADMIN", "陳家塬村", line=2, nth=1)           # 蘋果園: a site
p.ent("ADMIN", "馬家河鄉", line=2)
p.ent("ADMIN", "杜木塬村", line=2)
p.ent("ADMIN", "楊家圪臺鎮", line=2)
p.ent("ADMIN", "陳家塬村", line=2)
p.ent("PERSON", "楊易", line=2)
p.ent("ADMIN", "延川縣", line=2)
p.ent("ORG", "縣委", line=2)                        # 縣委縣政府 -> 縣委 | 縣政府
p.ent("ORG", "縣政府", line=2)

# ---- line 3
p.ent("ORG", "縣委", line=3, nth=1)                 # 縣委書記
p.ent("PERSON", "劉景堂", line=3)
p.ent("PERSON", "嚴漢平", line=3)                   # 縣長: title
p.ent("ORG", "縣委", line=3, after="嚴漢平")        # 縣委常委副縣長
p.ent("PERSON", "嚴明", line=3, nth=1)
p.ent("ORG", "縣委", line=3, after="嚴明")          # 縣委常委
p.ent("PERSON", "顧衛兵", line=3)
p.ent("ADMIN", "延川鎮", line=3)
p.ent("ADMIN", "馬家河鄉", line=3)
p.ent("ADMIN", "賀家灣鄉", line=3)
p.ent("ADMIN", "楊家圪臺鎮", line=3)
p.ent("ORG", "果業局", line=3, nth=1)               # bare bureau meaning the county's (decision 13)
p.ent("ORG", "縣委", line=3, after="會議由")        # 縣委副書記
p.ent("PERSON", "高明星", line=3)
p.ent("ORG", "縣委", line=3, after="主持")          # 縣委常委、副縣長嚴明
p.ent("PERSON", "嚴明", line=3)
p.ent("ORG", "果業局", line=3)
p.ent("ADMIN", "延川縣", line=3)                    # 該縣, 全縣: no span
p.slogan("PLAN", "十二五", line=3)

# ---- line 4
p.ent("PERSON", "楊易", line=4)
p.ent("ADMIN", "延川縣", line=4)                    # 該縣, 我縣: no span

# ---- line 5
p.ent("ORG", "縣委", line=5, nth=1)                 # 縣委書記
p.ent("PERSON", "劉景堂", line=5)
p.ent("ORG", "縣委", line=5)                        # 代表縣委縣政府
p.ent("ORG", "縣政府", line=5)
p.ent("PERSON", "楊易", line=5)
p.ent("ADMIN", "延川縣", line=5, nth=1)
p.ent("ORG", "農業部對外經濟合作中心", line=5)
p.ent("ADMIN", "延川縣", line=5)
p.ent("ORG", "蘋果協會", line=5)                    # short for 中國蘋果產業協會; 協會組織 (generic): no span

# ---- blocks: the stored copy is body text only
p.block(1, 5, "BODY", article=1)

p.save()
