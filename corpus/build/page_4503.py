"""page-4503: 宜昌市生态环境局 (部门新闻 column), 2024-01-29, one article:
省生态环境厅监察专员冯安龙调研宜昌市生态环境保护工作. Text as returned by the `pages` store
(a copy of the bureau's news item on zcbk.cn, 栏目:宜昌市生态环境局 -部门新闻), from its title;
the last paragraph (现场调研结束后,…工作汇) was cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4503", "corpus/raw/pages/4503_yichang_sthjj_fengan.txt",
         publisher="宜昌市生态环境局", date="2024-01-29", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "省生态环境厅", line=1)               # 省 + organ, like 县委
p.ent("PERSON", "冯安龙", line=1)                 # 监察专员 is a title
p.ent("ADMIN", "宜昌市", line=1)

# ---- line 2: column / date line (PAGE)
p.ent("ORG", "宜昌市生态环境局", line=2)

# ---- line 3: the title printed again, with a truncated date field
p.ent("ORG", "省生态环境厅", line=3)
p.ent("PERSON", "冯安龙", line=3)
p.ent("ADMIN", "宜昌市", line=3)

# ---- line 5
L = 5
p.ent("ORG", "省生态环境厅鄂西专员办", line=L)      # a sub-unit with its parent: one ORG
p.ent("ORG", "省生态环境厅", line=L)               # the first one (监察专员 of the 厅)
p.ent("PERSON", "冯安龙", line=L)
p.ent("ADMIN", "五峰土家族自治县", line=L, nth=1)   # 先后赴五峰土家族自治县、长阳…、宜都市等地
p.ent("ADMIN", "长阳土家族自治县", line=L, nth=1)
p.ent("ADMIN", "宜都市", line=L, nth=1)
p.ent("ADMIN", "宜昌市", line=L, after="等地,对")   # 对宜昌市生态环境保护
p.ent("ORG", "市生态环境局", line=L, nth=1)         # 在市生态环境局组织召开座谈会
p.ent("ORG", "市委", line=L, after="调研期间,")     # 市委副书记、市长 马泽江
p.ent("PERSON", "马泽江", line=L)
p.ent("PERSON", "李向东", line=L)                 # 副市长: title only
p.ent("ORG", "宜昌市委", line=L)                  # 宜昌市委常委 -> ORG 宜昌市委
p.ent("ORG", "宜都市委", line=L, nth=1)            # 宜都市委书记
p.ent("PERSON", "谭建国", line=L)
p.ent("ORG", "市生态环境局党组", line=L)           # a known organ's 党组 belongs to it
p.ent("PERSON", "高杰", line=L)
#   党组副书记、副局长杨晓东: bare 党组, no span
p.ent("PERSON", "杨晓东", line=L)
p.ent("ORG", "五峰土家族自治县委", line=L)         # 县委书记
p.ent("PERSON", "李伦华", line=L)
p.ent("ORG", "县委", line=L, after="李伦华,")       # 县委副书记、县长 覃业成
p.ent("PERSON", "覃业成", line=L)
p.ent("ORG", "长阳土家族自治县委", line=L)
p.ent("PERSON", "李泽刚", line=L)
p.ent("ORG", "县委", line=L, after="李泽刚,")
p.ent("PERSON", "唐祖红", line=L)
p.ent("ORG", "宜都市委", line=L, after="唐祖红,")   # 宜都市委副书记、市长
p.ent("PERSON", "夏明海", line=L)
#   相关地方县直单位: generic

# ---- line 7
L = 7
p.ent("PERSON", "冯安龙", line=L)
p.ent("ADMIN", "五峰土家族自治县", line=L)
p.ent("ADMIN", "五峰", line=L, nth=1)              # 五峰渔洋关污水处理厂: a facility, units inside it
p.ent("ADMIN", "渔洋关", line=L)                   # the town of 渔洋关 (渔洋关镇), bare name
p.ent("ADMIN", "五峰县", line=L)                   # 五峰县城 -> ADMIN 五峰县

# ---- line 9
L = 9
p.ent("ORG", "五峰汲明茶业", line=L)               # an enterprise, its county prefix attached
p.ent("ADMIN", "五峰", line=L, after="调研组深入了解了")
p.slogan("GROUP", "两山", line=L)                 # “两山”转化 (绿水青山就是金山银山)
p.ent("ADMIN", "湖北", line=L)                    # 武陵山(湖北)野生动植物标本馆: venue, unit inside
p.ent("ADMIN", "五峰", line=L, after="标本馆,对")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")          # 栏目:… 发布时间:… 加入收藏 (site furniture)
p.block(3, 3, "HEADLINE", article=1)   # the title printed twice (日期:202, cut by the page)
p.block(5, 9, "BODY", article=1)

p.save()
