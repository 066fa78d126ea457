"""page-4208: 元谋县人民政府 (yncxym.gov.cn, 公开信息 政府会议; 发布机构 元谋县政府办), 2018-06-13, one article:
十七届县人民政府第25次常务会议召开. Text as returned by the `pages` store, from the page opening; the
stored text ends with a paragraph cut after its first character (会), which was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4208", "corpus/raw/pages/4208_yuanmou_changwu_huiyi.txt",
         publisher="元谋县人民政府", date="2018-06-13", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 2: the site's name (PAGE block), the government is ORG
p.ent("ORG", "元谋县人民政府", line=2)

# ---- line 5: headline; 十七届 is a term written before the organ (outside), meeting after it outside
p.ent("ORG", "县人民政府", line=5)

# ---- line 7: open-government record fields; 发布机构 carries the credit (decision 12)
p.byline("BYLINE", "发布机构:元谋县政府办")
p.ent("ORG", "元谋县政府办", line=7)

# ---- line 9
p.ent("PERSON", "吴海芬", line=9)                  # 县长吴海芬
#   第十七届人民政府: the bare 人民政府 (no level word) gets no span (bare institution type)
p.ent("ADMIN", "元谋", line=9)                     # 元谋土林保护管理条例: unit inside a title
p.slogan("ONE", "一部手机游云南", line=9)
p.ent("ADMIN", "云南", line=9)                     # inside the programme's name (游云南 precedent)

# ---- line 11
p.ent("ADMIN", "元谋", line=11, nth=1)             # 元谋土林 (a site)
p.ent("ADMIN", "元谋县", line=11)                  # 元谋县土地价值
p.ent("ADMIN", "楚雄彝族自治州", line=11)          # inside the regulation's title
p.ent("ADMIN", "元谋", line=11, after="楚雄彝族自治州")

# ---- line 13
p.ent("ADMIN", "元谋", line=13, nth=1)             # 元谋土林保护管理工作
p.ent("ADMIN", "楚雄彝族自治州", line=13)          # 《楚雄彝族自治州土林保护管理条例》
p.ent("ADMIN", "元谋", line=13, after="依法保护和管理")
p.ent("ADMIN", "元谋", line=13, after="促进")

# ---- line 15
p.slogan("ONE", "一部手机游云南", line=15, nth=1)
p.ent("ADMIN", "云南", line=15, nth=1)
p.ent("ORG", "省委", line=15)
p.ent("ORG", "省政府", line=15, nth=1)             # 省委、省政府重拳整治…
p.ent("ADMIN", "元谋", line=15)                    # 元谋作为…
p.ent("ORG", "省政府", line=15)                    # 省政府创建省级全域旅游示范县
p.slogan("ONE", "一部手机游云南", line=15)
p.ent("ADMIN", "云南", line=15)

# ---- blocks
p.block(1, 3, "PAGE")            # accessibility links, site name, breadcrumb
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)   # record fields with 发布机构 (decision 12)
p.block(9, 15, "BODY", article=1)

p.save()
