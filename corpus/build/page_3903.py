"""page-3903: 不可思议的修武 (修武县, 河南; WeChat account inferred as the county media centre's,
text mirrored on ttnews.xyz, converted to traditional script except the photo captions), one
article: 我縣“三中心”揭牌 (the unveiling of the county's 新时代文明实践中心, 融媒体中心 and
志愿服务中心; 12月26日, year not printed). Text as returned by the `pages` store, from its title;
its last paragraph (牛惠玲介紹了…融入全域) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3903", "corpus/raw/pages/3903_xiuwu_sanzhongxin.txt",
         publisher="不可思议的修武", date=None, script="traditional", origin="pages")

# ---- line 1: headline; first mention of the formula carries the items listed on line 5
p.slogan("GROUP", "三中心", line=1,
         expansion=["新時代文明實踐中心", "融媒體中心", "志願服務中心"])

# ---- line 3: account prompt (PAGE); the account is the medium that published the text
p.ent("ORG", "不可思議的修武", line=3)

# ---- line 5
# 我縣新時代文明實踐中心、融媒體中心、志願服務中心: the county's three centres; the deictic 我
# stays outside (decision 4), the level word 縣 opens the first name, and the two coordinated
# names after it are the same county's bodies (decision 13: 县财政局、交通局 -> 交通局).
p.ent("ORG", "縣新時代文明實踐中心", line=5)
p.ent("ORG", "融媒體中心", line=5)
p.ent("ORG", "志願服務中心", line=5)
p.slogan("GROUP", "三中心", line=5, nth=1)
#   縣文化藝術中心: the venue of the ceremony (decision 14), no span
p.ent("ORG", "市委", line=5, nth=1)                 # 市委常委 -> organ kept
p.ent("ORG", "縣委", line=5)                         # 縣委書記
p.ent("PERSON", "郭鵬", line=5)
p.ent("ORG", "市委", line=5, after="郭鵬")           # 市委常委
p.ent("ORG", "市委宣傳部", line=5)                   # 市委宣傳部長 -> 市委宣傳部
p.ent("PERSON", "宮松奇", line=5)
p.slogan("GROUP", "三中心", line=5, after="宮松奇")

# ---- lines 7-9, 13: the title printed again under each photo (CAPTION)
for ln in (7, 8, 9, 13):
    p.slogan("GROUP", "三中心", line=ln)

# ---- line 11
p.ent("PERSON", "宋振宇", line=11, every=True)       # 宋振宇代表…, 宋振宇說
p.ent("ORG", "縣委", line=11)                         # 代表縣委
#   “舉旗幟、聚民心、育新人、興文化、展形象”使命任務: no numeral, no formula
p.ent("ADMIN", "焦作市", line=11)
p.slogan("GROUP", "三中心", line=11, every=True)      # “三中心”建設, “三中心”的掛牌成立
p.ent("ADMIN", "中國", line=11)                       # 中國超級旅遊目的地: unit inside a title (decision 2)
#   中原 (a region, twice): no span
p.slogan("GROUP", "三產融合", line=11)                # 三产融合 (一二三产融合), like 三警融合
p.ent("ADMIN", "焦作", line=11, after="示範縣")       # 為焦作在中原更加出彩
p.ent("ADMIN", "修武", line=11, every=True)           # six times

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                                 # follow-the-account prompt
p.block(5, 5, "BODY", article=1)
p.block(7, 9, "CAPTION", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "CAPTION", article=1)

p.save()
