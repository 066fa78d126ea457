"""page-2310: 保亭黎族苗族自治县人民政府 (baoting.hainan.gov.cn, stored through the big5.cri.cn
gateway; the text is simplified), 2023-01-28: 2023年保亭黎族苗族自治县政府工作报告, its opening.
Text as returned by the `pages` store, from its title (the site bar above it dropped); the last
paragraph, （一）经济态势稳步向好…落实减税降, is cut off mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2310", "corpus/raw/pages/2310_baoting_zhengfu_baogao.txt",
         publisher="保亭黎族苗族自治县人民政府", date="2023-01-28", script="simplified", origin="pages")

# ---- line 1: page title
p.ent("ADMIN", "保亭黎族苗族自治县", line=1)            # X县政府工作报告: 政府工作报告 is the genre (cf. line 8)

# ---- line 10: subhead
p.ent("ORG", "保亭黎族苗族自治县第十六届人民代表大会", line=10)   # term inside; 第三次会议 is the event

# ---- line 12: speaker line
p.byline("BYLINE", "保亭黎族苗族自治县人民政府县长 王惠仙")
p.ent("ORG", "保亭黎族苗族自治县人民政府", line=12)      # 县长: title
p.ent("PERSON", "王惠仙", line=12)

# ---- line 17
p.ent("ORG", "县人民政府", line=17)
p.ent("ORG", "县政协", line=17)

# ---- line 21
p.ent("ORG", "党中央", line=21)
p.ent("ORG", "国务院", line=21)
p.ent("ORG", "省委", line=21)
p.ent("ORG", "省政府", line=21)
p.ent("ORG", "县委", line=21)
p.slogan("PARALLEL", "三区三地", line=21)             # items only in footnote [1], not on the page
#   十大特色重点产业[2]: N大 + a category counting industries, an ordinary count (like 五大主导产业)
p.slogan("GROUP", "三大产业园区", line=21)             # a whole quoted count (“三条底线” rule); items in footnote [3]
p.ent("ADMIN", "保亭", line=21)                        # 开创保亭高质量发展新局面

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 6, "PAGE")          # 来源:(empty) 发布日期:… 分享到: / 微信 / X / 【字体: 小 中 大
p.block(8, 8, "HEADLINE", article=1)   # the report's own title, the page title printed again in short
p.block(10, 10, "SUBHEAD", article=1)
p.block(12, 12, "BYLINE", article=1)
p.block(15, 17, "BODY", article=1)
p.block(19, 19, "CROSSHEAD", article=1)
p.block(21, 21, "BODY", article=1)

p.save()
