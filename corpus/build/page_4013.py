"""page-4013: 中国妇女报, 2018-10-26, one article: 婦女十二大代表深入基層訪婦情.
Stored copy on 国际在线 (ln.cri.cn) through the big5.cri.cn gateway (traditional script).
Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4013", "corpus/raw/pages/4013_cnwomen_fudaibiao_fangfuqing.txt",
         publisher="中国妇女报", date="2018-10-26", script="traditional", origin="pages")

# ---- line 1: headline.  婦女十二大 = the 12th National Women's Congress, an event (like 二十大): no span,
#      and not a numbered formula.

# ---- line 2: the medium alone with its timestamp = the page's source line (BYLINE, decision 21NN)
p.byline("BYLINE", "中國婦女報", line=2)
p.ent("ORG", "中國婦女報", line=2)

# ---- line 4
p.ent("ADMIN", "北京", line=4)                      # 在北京召開
p.ent("ADMIN", "中國", line=4)                      # 中國婦女十二大: unit inside an event's name (decision 2)

# ---- line 6
p.ent("ORG", "湖南省婦聯", line=6)
p.ent("PERSON", "姜欣", line=6)
p.ent("ADMIN", "隆回", line=6)                      # 隆回、桃江等地: counties by their bare names
p.ent("ADMIN", "桃江", line=6)
p.ent("ADMIN", "株洲市", line=6)
#   “她代表”工作室: a contact platform the deputies set up, no ORG (see notes)
p.ent("ORG", "陜西省延安市婦聯", line=6)            # one ORG with its admin prefix (§2)
p.ent("PERSON", "劉曉勤", line=6, nth=1)
p.ent("PERSON", "白愛榮", line=6, nth=1)
p.ent("PERSON", "白愛榮", line=6, nth=1)            # 白愛榮請…
p.ent("PERSON", "劉曉勤", line=6, nth=1)            # …請劉曉勤帶話
p.ent("ADMIN", "北京", line=6)                      # 北京娘家: the capital named as a place

# ---- line 8
p.ent("ORG", "山東省婦聯", line=8)
p.ent("PERSON", "魏艷菊", line=8)
p.ent("ORG", "中建八局二公司", line=8)              # an enterprise's sub-company: one ORG (decision 13)
p.ent("ORG", "山東大學", line=8)
p.ent("ORG", "寧夏婦聯", line=8)
p.ent("ADMIN", "銀川市", line=8)

# ---- line 10
p.ent("ORG", "福州市婦聯", line=10)
p.ent("ORG", "鴻博光電科技有限公司", line=10)
p.ent("ADMIN", "雲南", line=10)                     # 在雲南香格里拉 -> 雲南, 香格里拉 (§2 bare names)
p.ent("ADMIN", "香格里拉", line=10)
p.ent("ORG", "迪慶州婦聯", line=10)
p.ent("PERSON", "孫紅梅", line=10)
p.ent("ADMIN", "中國", line=10)                     # 中國婦女十二大代表
p.ent("PERSON", "潘雪瑛", line=10)
p.ent("ADMIN", "小中甸鎮", line=10)
p.ent("ADMIN", "和平村", line=10)

# ---- line 12: no entity, no formula (服務中心…服務姐妹… has no numeral)

# ---- line 14: editor line (PAGE), its name is PERSON
p.ent("PERSON", "李靜", line=14)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)      # 中國婦女報 + timestamp: the page's source line
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "BODY", article=1)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "BODY", article=1)
p.block(14, 14, "PAGE")                 # 編輯:李靜 (editor line)

p.save()
