"""page-4406: 丹棱县人民政府 (county portal, 信息公开 > 政府常务会议; copy stored at changhuidianqi.com),
2018-01-31, one article: 丹棱县第十七届人民政府 第28次常务会议召开. Text as returned by the `pages` store,
from its title (the portal's link bar and breadcrumb above it, and the attendance paragraph cut off
mid-sentence at the end, are left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4406", "corpus/raw/pages/4406_danling_changwu_huiyi.txt",
         publisher="丹棱县人民政府", date="2018-01-31", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "丹棱县第十七届人民政府", line=1)        # a government of a numbered term: one ORG with its term
#   第28次常务会议: the meeting, outside

# ---- line 5
p.ent("ORG", "丹棱县委", line=5)                     # 丹棱县委副书记
p.ent("PERSON", "黄秀航", line=5)
p.ent("ORG", "县第十七届人民政府", line=5)            # level word + term + organ

# ---- line 7
p.ent("ADMIN", "四川省", line=7)                     # 《四川省城乡规划条例》
p.ent("ORG", "县委", line=7)
p.ent("ORG", "县政府", line=7)
#   规划部门: a kind of department, no span
p.ent("ORG", "人大", line=7)                         # the county's 人大, 政协 and planning supervision
p.ent("ORG", "政协", line=7)                         # committee as supervisors: specific bodies
p.ent("ORG", "规监委", line=7)

# ---- line 9
p.ent("ADMIN", "丹棱县", line=9)                     # 丹棱县政府性债务: kind of debt, the unit is ADMIN

# ---- line 11
p.ent("ADMIN", "丹棱县", line=11)                    # 《丹棱县2018年度…分解表》

# ---- line 13
p.ent("ORG", "丹棱县人民政府", line=13)              # issuer inside a document title

# ---- line 15
p.ent("ADMIN", "丹棱", line=15, nth=1)               # “丹棱不知火”: a brand, unit inside it
p.ent("ADMIN", "丹棱县", line=15)                    # 《丹棱县第二批…建设方案》

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "PAGE")      # publication time; open-government record fields (索引号, 公开方式, 公开日期)
p.block(5, 15, "BODY", article=1)

p.save()
