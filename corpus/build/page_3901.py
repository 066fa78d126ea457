"""page-3901: 虎林市人民政府 (hljhulin.gov.cn, county-level city of 鸡西市, 黑龙江), 2025-03-31,
one article: 市政府召开七届四十五次常务会议 (来源: 市融媒体中心). Text as returned by the `pages`
store, from its title; the site banner above the title (欢迎进入虎林市人民政府网站!) is left out, and
the stored page's last run-in head 会议强调 with its paragraph, cut off mid-sentence, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3901", "corpus/raw/pages/3901_hulin_changwu_huiyi.txt",
         publisher="虎林市人民政府", date="2025-03-31", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市政府", line=1)                       # 市政府召开…常务会议: the city government acts

# ---- line 3: meta line with its source credit (decision 12)
p.byline("BYLINE", "来源: 市融媒体中心", line=3)
p.ent("ORG", "市融媒体中心", line=3)

# ---- line 5
p.ent("ORG", "市委", line=5)                         # 市委副书记 -> ORG + title
p.ent("PERSON", "曹国锋", line=5)
p.ent("ORG", "市政府", line=5)                       # 市政府七届45次常务会议: organ inside a meeting name
p.ent("PERSON", "习近平", line=5)
#   国家、省: level words, no span
p.ent("ADMIN", "鸡西市", line=5)
p.ent("ADMIN", "虎林市", line=5)                     # 《虎林市创建教育强市实施方案》: unit in a document title

# ---- line 7: attending leaders
for name in ["焉树栋", "钟晓峰", "童立群", "黄朝阳"]:
    p.ent("PERSON", name, line=7)

# ---- line 11
p.ent("PERSON", "习近平", line=11)
p.slogan("COUNT", "两个毫不动摇", line=11)
#   “县域经济发展突破年”, “服务企业效能提升突破年”: year themes with no numeral, no formula

# ---- line 15: no names

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # date + 来源: the article's own meta line
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)  # 会议指出 on its own line
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)  # 会议强调
p.block(15, 15, "BODY", article=1)

p.save()
