"""page-4712: 平凉日报 (copy on yybnet.net, 静宁 channel), 2015-08-04, one article: the
“问道崆峒·走进平凉” media tour in 静宁县 (平凉市, 甘肃). Text as returned by the `pages` store, from
its title (the site's header slogan 看家乡事,品故乡情 above the title left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4712", "corpus/raw/pages/4712_pingliang_jingning_caifangtuan.txt",
         publisher="平凉日报", date="2015-08-04", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "平凉", line=1)        # 问道崆峒·走进平凉: unit inside a campaign name (decision 2); 崆峒 is the mountain
p.ent("ADMIN", "静宁县", line=1)

# ---- line 3: the medium with its timestamp = the page's source line (BYLINE)
p.byline("BYLINE", "平凉日报", line=3)
p.ent("ORG", "平凉日报", line=3)

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "本报静宁讯(记者李晓明刘英娜)", line=5)
p.ent("ADMIN", "静宁", line=5)                     # 本报静宁讯: place in the source tag
p.ent("PERSON", "李晓明", line=5)
p.ent("PERSON", "刘英娜", line=5)
p.ent("ADMIN", "静宁", line=5, after="“")          # 静宁苹果: unit inside a product name
#   三个全国第一: a count of rankings (award-like), no formula
p.ent("ADMIN", "静宁县", line=5, after="在")
p.ent("ADMIN", "城川乡", line=5)
p.ent("ADMIN", "高湾村", line=5)
#   东山梁示范基地: a site, no span
p.ent("ORG", "县林业局", line=5)
p.ent("PERSON", "王国庆", line=5)
p.ent("ADMIN", "平凉", line=5, after="8月3日")      # 问道崆峒?走进平凉
p.ent("ADMIN", "静宁县", line=5, after="采访团走进")

# ---- line 7
p.ent("ADMIN", "静宁县", line=7)

# ---- line 9
p.ent("ADMIN", "静宁县", line=9)
p.ent("ADMIN", "界石铺镇", line=9)
p.ent("ADMIN", "崔岔村", line=9)
#   五级扶贫信息网络系统: a count of levels (like 三级阵地), no formula
p.ent("ORG", "静宁县扶贫办", line=9)
p.ent("PERSON", "吴国锦", line=9)

# ---- line 11
p.ent("ADMIN", "静宁县", line=11)
p.slogan("GROUP", "双联", line=11)                 # 双联行动 (联村联户): 双 in a fixed formula; 行动 outside
p.slogan("PARALLEL", "六精六准六结合", line=11)     # items not spelled out in the article
p.ent("ADMIN", "静宁", line=11, after="静宁县把")   # “静宁经验”

# ---- line 19: site blurb
p.ent("ADMIN", "静宁", line=19)                    # 静宁新闻 (the channel)
p.ent("ADMIN", "静宁县", line=19, after="不变的是")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)
p.block(13, 23, "PAGE")      # 新闻推荐 / link titles / channel blurb / 相关新闻: site furniture

p.save()
