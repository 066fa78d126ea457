"""page-1204: 十堰市张湾区人民政府 (湖北), 张湾新闻: 周玲强调凝聚合力 高质量实现创建目标, 2020-05-29.

Source: http://www.zhangwan.gov.cn/xwzx/zwxw/202005/t20200529_2042786.shtml (pages store).
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1204", "corpus/raw/pages/1204_zhangwan_zhouling.txt",
         publisher="十堰市张湾区人民政府", date="2020-05-29", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---------------------------------------------------------------- spans
# line 1: breadcrumb, column name 张湾新闻 (a unit inside a column name: decision 2)
p.ent("ADMIN", "张湾", line=1)
# line 3: headline
p.ent("PERSON", "周玲", line=3)
# line 5: site banner; line 7: meta line
p.ent("ORG", "十堰市张湾区人民政府", line=5)
p.ent("ORG", "十堰市张湾区人民政府", line=7)
# line 9: byline + lead
p.ent("ORG", "区融媒体中心", line=9)
p.ent("PERSON", "张畅", line=9)
p.ent("ORG", "区委", line=9)                       # 区委副书记
p.ent("PERSON", "周玲", line=9)                    # 区长周玲 (区长: no named unit)
p.ent("ADMIN", "车城街办", line=9)                 # 车城街办|艳湖社区: a chain of places
p.ent("ADMIN", "艳湖社区", line=9)
p.ent("PERSON", "肖旭", line=9)                    # 副区长肖旭
# line 11
p.ent("PERSON", "周玲", line=11, every=True)       # 周玲一行, 周玲等 (2)
p.ent("ORG", "区委", line=11)                      # 区委区政府 -> 区委 | 区政府
p.ent("ORG", "区政府", line=11)
# lines 13, 15, 17
p.ent("PERSON", "周玲", line=13)
p.ent("PERSON", "周玲", line=15)
p.ent("PERSON", "周玲", line=17)

# ---------------------------------------------------------------- slogans: none on this page

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "来源:十堰市张湾区人民政府", line=7)
p.byline("BYLINE", "本网讯(区融媒体中心 张畅)", line=9)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "PAGE")                    # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "PAGE")                    # site banner with URL
p.block(7, 7, "BYLINE", article=1)       # date + 来源 meta line of this one article
p.block(9, 17, "BODY", article=1)

p.save()
