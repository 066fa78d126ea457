"""page-4612: 牡丹江市西安区人民政府 (mdjxa.gov.cn, district portal, 部门动态 section; 来源: 牡丹街道办事处),
2018-09-11, one article: 牡丹街道参加全区社区治理和服务创新实验区现场观摩拉练活动.
Text as returned by the `pages` store, from its title (the breadcrumb line above the title is left out);
the page is complete down to the site's footer."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4612", "corpus/raw/pages/4612_mudanjiang_xian_mudan_jiedao.txt",
         publisher="牡丹江市西安区人民政府", date="2018-09-11", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "牡丹街道", line=1)                 # 全区: level word, no span

# ---- line 3: meta line (decision 12): one BYLINE span for the labelled source
p.byline("BYLINE", "来源:牡丹街道办事处", line=3)
p.ent("ORG", "牡丹街道办事处", line=3)             # the office as a source: ORG (decision 3)

# ---- line 5
p.ent("ADMIN", "西安区", line=5)
p.ent("PERSON", "戴冠宇", line=5)                  # 副区长 title
p.ent("ORG", "区民政局", line=5)
p.ent("PERSON", "赵勇", line=5)                    # 各街道, 各社区: generic

# ---- line 6
p.ent("ADMIN", "牡丹街道", line=6)
p.ent("ADMIN", "东丹社区", line=6)
p.ent("ORG", "阿妈妮读报组", line=6, every=True)    # a named residents' group (social organisation), twice
#   拥军爱民驿站: a service venue, no span; “创新社区治理、…”: no numeral, no formula

# ---- line 7
p.ent("ADMIN", "牡丹街道", line=7)
p.ent("ADMIN", "西牡丹社区", line=7)
p.ent("ORG", "街道公共服务管理中心", line=7)        # the sub-district's own centre (level word + organ, like 街道执法中队)
#   《网格服务管理巡查记录》…: documents; “民族之家”: a space on the second floor, no span

# ---- line 8
p.ent("ADMIN", "牡丹街道", line=8)
p.ent("ADMIN", "牡丹", line=8, after="贡献")        # “牡丹力量”: the sub-district's short name (decision 2)

# ---- line 12: the source line under the article
p.byline("BYLINE", "来源:牡丹街道办事处", line=12)
p.ent("ORG", "牡丹街道办事处", line=12)

# ---- lines 13-16: the site's host lines (PAGE), their bodies ORG
p.ent("ORG", "牡丹江市西安区委", line=13)
p.ent("ORG", "区政府", line=13)                    # 西安区委区政府: two organs
p.ent("ORG", "牡丹江西安区新闻信息中心", line=13)
p.ent("ORG", "艺通网络", line=14)                  # the technical supplier (a company)
p.ent("ORG", "牡丹江市西安区委", line=14)
p.ent("ORG", "区政府", line=14)
p.ent("ADMIN", "黑龙江省", line=15)
p.ent("ADMIN", "牡丹江市", line=15)                # 西长安街58号: a street address, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)        # 发布时间 … 来源:牡丹街道办事处 点击:…
p.block(5, 8, "BODY", article=1)
p.block(12, 12, "BYLINE", article=1)      # 来源: line under the article (decision 12)
p.block(13, 16, "PAGE")                   # host, support, contact lines, site code

p.save()
