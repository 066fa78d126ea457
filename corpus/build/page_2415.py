"""page-2415: 金門縣議會 (kmcc.gov.tw, 議會新聞), 2019-10-26 (新聞日期:108-10-26), one article:
烈嶼公共事務協會拜會議長暢談家鄉事. The council's site reprints it with 資料來源:金門日報社 /
記者:楊水詠 (see notes). Text as returned by the `pages` store, from its title; site furniture before
the title (跳到主要內容區塊, :::, 形象圖) and list bullets stripped; the last paragraph, cut off
mid-sentence (縣議員洪鴻斌表示,…也歡迎大家返鄉看看), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2415", "corpus/raw/pages/2415_kmcc_lieyu_gongshi_xiehui.txt",
         publisher="金門縣議會", date="2019-10-26", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "烈嶼公共事務協會", line=1)           # 議長 (title alone): no span

# ---- lines 3-4: web meta lines with labelled credits (decision 12)
p.byline("BYLINE", "資料來源:金門日報社", line=3)
p.ent("ORG", "金門日報社", line=3)
p.byline("BYLINE", "記者:楊水詠", line=4)
p.ent("PERSON", "楊水詠", line=4)
#   line 5 新聞日期:108-10-26: date-only meta line -> PAGE

# ---- line 6: photo caption, printed twice (alt text + caption), each with its credit
for _ in range(2):
    p.ent("ORG", "金門縣議會", line=6)
    p.ent("PERSON", "洪允典", line=6)
    p.ent("PERSON", "楊鎮浯", line=6)              # 縣長 (no unit named): title, no span
    p.ent("ORG", "烈嶼公共事務協會", line=6)
    p.ent("PERSON", "洪資成", line=6)
    p.byline("PHOTO", "(楊水詠攝)", line=6)
    p.ent("PERSON", "楊水詠", line=6)

# ---- line 8
p.ent("ORG", "金門烈嶼公共事務協會", line=8)       # the whole name with its prefix
p.ent("PERSON", "洪資成", line=8)
p.ent("ORG", "金門縣議會", line=8)
p.ent("ORG", "縣議會", line=8)                     # 縣議會議長: level word + organ
p.ent("PERSON", "洪允典", line=8)
p.ent("PERSON", "洪鴻斌", line=8)
#   議會秘書長: bare 議會 = institution type (decision 13), no span
for name in ["陳建興", "陳勵志", "吳鎔銘", "汪秋明", "甯國平", "翁文明", "朱國華", "陳成勇"]:
    p.ent("PERSON", name, line=8)

# ---- line 10
p.ent("PERSON", "洪允典", line=10, nth=1)
p.ent("ORG", "烈嶼公共事務協會", line=10, every=True)   # two mentions
p.ent("PERSON", "洪允典", line=10)
#   協會 (理監事及會員): generic back-reference, no span

# ---- line 12
p.ent("ORG", "烈嶼公共事務協會", line=12)
p.ent("ORG", "烈嶼鄉公所", line=12)
#   2019芋頭節: an event, not a formula
p.ent("ADMIN", "烈嶼", line=12, after="見證")            # 烈嶼傳統產業: the township by its bare name
p.ent("PERSON", "洪允典", line=12)
p.ent("ADMIN", "烈嶼", line=12, after="洪允典說")       # 烈嶼芋頭 (product): unit inside (decision 2)
p.ent("ADMIN", "烈嶼", line=12, after="有心把")         # 烈嶼芋頭 again
p.ent("ADMIN", "烈嶼鄉", line=12, after="共促")
p.ent("ADMIN", "烈嶼鄉", line=12, after="讓")           # 烈嶼鄉精神

# ---- line 14
p.ent("PERSON", "洪資成", line=14, every=True)
p.ent("ORG", "縣議會", line=14, every=True)
#   協會 (generic), 旅台鄉親 (one-character 台): no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 4, "BYLINE", article=1)       # 資料來源:… / 記者:…
p.block(5, 5, "PAGE")                    # 新聞日期:108-10-26
p.block(6, 6, "CAPTION", article=1)
p.block(8, 14, "BODY", article=1)

p.save()
