"""page-2609: 平利县人民政府 (pingli.gov.cn, 陕西安康), 2013-03-22, one article:
县委常委、宣传部长杨友谊深入广佛检查指导工作. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2609", "corpus/raw/pages/2609_pingli_yangyouyi_guangfo.txt",
         publisher="平利县人民政府", date="2013-03-22", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "县委", line=1)          # 县委常委 -> ORG 县委 + title
p.ent("ORG", "宣传部", line=1)        # 宣传部长 -> ORG 宣传部 (contracted title)
p.ent("PERSON", "杨友谊", line=1)
p.ent("ADMIN", "广佛", line=1)        # 广佛镇 by its bare name

# ---- line 3: web meta line
p.byline("BYLINE", "作者:李仕敬 徐凤文 李丹丹", line=3)   # 信息来源: is empty
for n in ["李仕敬", "徐凤文", "李丹丹"]:
    p.ent("PERSON", n, line=3)

# ---- line 5
p.ent("ORG", "县委", line=5)
p.ent("ORG", "宣传部", line=5)
p.ent("PERSON", "杨友谊", line=5)
p.ent("ADMIN", "广佛", line=5)

# ---- line 7
p.ent("PERSON", "杨友谊", line=7)
p.ent("ADMIN", "塘坊", line=7)                      # 塘坊、香河、广佛等村: bare village names
p.ent("ADMIN", "香河", line=7)
p.ent("ADMIN", "广佛", line=7)
p.ent("ADMIN", "塘坊村", line=7)                    # 塘坊村移民集中安置区: a site, unit inside
p.ent("ORG", "香河村区域敬老院", line=7)            # named care institution is ORG (docs decision)
p.ent("ADMIN", "广佛村", line=7)                    # 广佛村新型社区: a place, unit inside

# ---- line 9
p.ent("ADMIN", "香河村", line=9)                    # 香河村红茶生产基地: a site
p.ent("PERSON", "杨友谊", line=9)
p.ent("ADMIN", "广佛镇", line=9)
p.ent("ADMIN", "安康", line=9)
p.ent("ADMIN", "西安", line=9)

# ---- line 11
p.ent("ADMIN", "塘坊", line=11)
p.ent("ADMIN", "广佛社区", line=11)
p.ent("PERSON", "杨友谊", line=11)
p.ent("ADMIN", "塘坊村", line=11)                   # 塘坊村安置区

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "PAGE")            # | 责任编辑:admin (site account, no person)

p.save()
