"""page-4308: 金昌日报 (信息来源: 金昌日报), 2017-03-13, one article:
嘉峪关市参观考察组来金 / 考察创建全国文明城市经验做法. The copy is on iue365.com, a
government-portal page (大汉版通 CMS, weather line on top); text as returned by the `pages`
store, from the weather line above the title; nothing was cut."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4308", "corpus/raw/pages/4308_jinchang_jiayuguan_kaocha.txt",
         publisher="金昌日报", date="2017-03-13", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ---- lines 3-4: title (来金: 金 is a one-character short form, no span)
p.ent("ADMIN", "嘉峪关市", line=3)

# ---- line 8
p.ent("ORG", "嘉峪关市市委", line=8)                 # 嘉峪关市市委常委: the organ with its prefix (§2)
p.ent("ORG", "市委宣传部", line=8)
p.ent("PERSON", "李亦军", line=8)

# ---- line 10
p.ent("PERSON", "张绍民", line=10)                   # 副市长 (title outside)

# ---- line 12: the places visited
p.ent("ORG", "市地税局", line=12)
p.ent("ADMIN", "金昌", line=12)                      # 金昌花文化博览馆: a venue, the unit inside it (decision 2/14)
p.ent("ORG", "市政务中心", line=12)                  # the city's government service centre, an institution
p.ent("ORG", "金川区第二小学", line=12)              # a school with its prefix
p.ent("ADMIN", "金川区", line=12, after="第二小学")   # 金川区|宁远堡镇|中牌村
p.ent("ADMIN", "宁远堡镇", line=12)
p.ent("ADMIN", "中牌村", line=12)
p.ent("ORG", "金川集团公司", line=12)                # 金川集团公司科技馆: the company; its 科技馆 is a venue
p.ent("ADMIN", "金昌市", line=12)                    # 金昌市道德街: a street, the unit inside it
p.ent("ADMIN", "金川区", line=12, after="道德街")     # 金川区|宝林里社区
p.ent("ADMIN", "宝林里社区", line=12)

# ---- line 14
p.ent("PERSON", "李亦军", line=14, nth=1)
p.ent("ORG", "金昌市委", line=14)
p.ent("ORG", "市政府", line=14)
p.ent("ADMIN", "金昌市", line=14, after="市政府")     # 让金昌市的精神文明建设
p.ent("ADMIN", "金昌市", line=14, after="群众的支持")  # 金昌市把创建…
p.ent("PERSON", "李亦军", line=14, after="知名度")
p.ent("ADMIN", "嘉峪关市", line=14, after="李亦军表示")
p.ent("ADMIN", "金昌市", line=14, after="考察学习")
p.ent("ADMIN", "嘉峪关市", line=14, after="促进")

# ---- line 16: web meta line naming the article's source (decision 12)
p.byline("BYLINE", "信息来源: 金昌日报", line=16)
p.ent("ORG", "金昌日报", line=16)

# ---- line 19: CMS credit
p.ent("ORG", "大汉网络", line=19)                    # the software company; 大汉版通发布系统 is its product

# ---- blocks
p.block(1, 1, "PAGE")           # weather line
p.block(3, 4, "HEADLINE", article=1)   # one title set on two lines
p.block(5, 5, "PAGE")           # 0 (a counter)
p.block(6, 6, "PAGE")           # 发布日期 … 浏览次数 字体 (date-only meta line)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "BODY", article=1)
p.block(14, 14, "BODY", article=1)
p.block(16, 16, "BYLINE", article=1)
p.block(17, 17, "PAGE")         # 打印 纠错 关闭
p.block(19, 19, "PAGE")         # Produced By …

p.save()
