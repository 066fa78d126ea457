"""page-4903: 寿县人民政府 (shouxian.gov.cn, 创建安徽省文明城市工作专栏), 2021-12-09, one article:
县融媒体中心:发挥媒体优势 助力文明城市创建. Text as returned by the `pages` store, from its title;
its last paragraph (cut off mid-sentence: …自觉弘扬社会主义核) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4903", "corpus/raw/pages/4903_shouxian_rongmeiti_chuangcheng.txt",
         publisher="寿县人民政府", date="2021-12-09", script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- longer names first, so that every=True on their parts skips them
p.ent("ORG", "寿县人民政府", line=3)               # source credit of the meta line
p.ent("ORG", "寿县融媒体中心", line=12)            # 寿县融媒体中心艺术总监 -> ORG + title

# ---- line 1: headline
p.ent("ORG", "县融媒体中心", every=True)           # lines 1, 6, 8, 10 (level word + organ, like 县委)

# ---- line 3: web meta line (decision 12): one BYLINE span per labelled credit, timestamp outside
p.byline("BYLINE", "信息来源:寿县人民政府", line=3)
p.byline("BYLINE", "作者:余康康", line=3)
p.ent("PERSON", "余康康", line=3)

# ---- line 6
p.slogan("PARALLEL", "两微一端", line=6)           # 两微 (微博、微信) + 一端 (客户端): two numeral-led parts, items not listed

# ---- line 10
p.ent("ORG", "文明创建志愿服务队", line=10)       # a team named where it is set up (组建…): ORG from after the verb
#   东大寺巷 (a lane of the old town) and 老城区: places, no span
p.ent("ADMIN", "淮南", line=10)                    # 《淮南文明创建18条》: unit inside a document title (decision 2); 18条 no formula
p.ent("PERSON", "马盛章", line=10)                 # 居民马盛章

# ---- line 12
p.ent("PERSON", "张国成", line=12)
p.ent("PERSON", "李白", line=12)
p.ent("PERSON", "王安石", line=12)

# ---- every remaining 寿县 (lines 6, 10 x2, 12) is the county
p.ent("ADMIN", "寿县", every=True)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)    # 发布时间… 信息来源… 作者… 浏览次数 字体 (meta line naming source and author)
p.block(6, 12, "BODY", article=1)

p.save()
