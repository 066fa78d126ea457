"""page-2804: 包头日报 (包头新闻网, baotounews.com.cn, the site of 包头日报社), date not printed,
one article: 张锐赴达茂旗调研边疆稳固、疫情防控、重点项目和乡村振兴工作, closing credit
(包头日报社全媒体记者:梁彦强). Text as returned by the `pages` store, its breadcrumb line included."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2804", "corpus/raw/pages/2804_baotou_zhangrui_damao.txt",
         publisher="包头日报", date=None, script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE)
p.ent("ORG", "包头新闻网", line=1)              # the paper's own news site
p.ent("PERSON", "张锐", line=1)                  # section named after the mayor

# ---- line 3: headline
p.ent("PERSON", "张锐", line=3)
p.ent("ADMIN", "达茂旗", line=3)

# ---- line 5
p.ent("ORG", "市委", line=5)                     # 市委副书记: title outside
p.ent("PERSON", "张锐", line=5)
p.ent("ADMIN", "达茂旗", line=5)

# ---- line 7
p.ent("PERSON", "阿迪雅", line=7, every=True)    # 戍边牧民阿迪雅 (twice): a person named after what she is
p.ent("PERSON", "张锐", line=7, every=True)
p.slogan("GROUP", "双拥", line=7)                # 双拥模范城: decision 10 (双拥 is GROUP)

# ---- line 9
p.ent("ADMIN", "满都拉", line=9)                 # 满都拉口岸: a port named after 满都拉镇 (decision 2)
p.ent("PERSON", "张锐", line=9)

# ---- line 11
p.ent("ORG", "金鄂博", line=11)                  # 金鄂博无水氟化铝项目: the company's project
#   黄花滩绿色食品园区策格基地项目: a park and a production base; 黄花滩 is no current unit, no span
p.ent("PERSON", "张锐", line=11, every=True)

# ---- line 13
#   浩乐博自驾游营地, 天喜自驾游营地: sites, no span
p.ent("PERSON", "张锐", line=13, every=True)

# ---- line 15
p.ent("ORG", "包头军分区", line=15)
p.ent("PERSON", "郭春杰", line=15)
p.ent("ORG", "市委", line=15)                    # 市委常委 -> ORG 市委
p.ent("PERSON", "廉冬", line=15)
p.ent("ORG", "市政府", line=15)                  # 市政府秘书长
p.ent("PERSON", "汪占元", line=15)
p.ent("ADMIN", "达茂旗", line=15)

# ---- line 17: closing credit
p.byline("CREDIT", "(包头日报社全媒体记者:梁彦强)", line=17)
p.ent("ORG", "包头日报社", line=17)
p.ent("PERSON", "梁彦强", line=17)

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 17, "BODY", article=1)               # the credit-only line stays in the BODY (decision 12)
p.block(19, 35, "PAGE")                          # comment widget and login prompt

p.save()
