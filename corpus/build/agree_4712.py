"""agree-page-4712 (second, independent pass): 平凉日报 article, 2015-08-04, as copied by a 静宁
local news site (footer 静宁新闻,弘扬社会正气…): “问道崆峒·走进平凉”…采访团走进静宁县. One article."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4712", "corpus/raw/pages/4712_pingliang_jingning_caifangtuan.txt",
         publisher="平凉日报", date="2015-08-04", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
# 问道崆峒: 崆峒 is the mountain of the 问道 legend here (campaign name), no ADMIN
p.ent("ADMIN", "平凉", line=1)                      # campaign name (decision 2)
p.ent("ADMIN", "静宁县", line=1)                    # 采访团: a delegation, no ORG (cf. 雄县考察团)

# ---- line 3: medium with its timestamp = the page's source line
p.byline("BYLINE", "平凉日报", line=3)
p.ent("ORG", "平凉日报", line=3)

# ---- line 5
p.byline("BYLINE", "本报静宁讯(记者李晓明刘英娜)", line=5)
p.ent("ADMIN", "静宁", line=5)                      # in the source tag (decision 12)
p.ent("PERSON", "李晓明", line=5)
p.ent("PERSON", "刘英娜", line=5)
p.ent("ADMIN", "静宁", line=5, after="刘英娜)“")    # 静宁苹果 (product, decision 2)
# 三个全国第一: a count of rankings, no formula
p.ent("ADMIN", "静宁县", line=5, after="全国第一。”在")
p.ent("ADMIN", "城川乡", line=5)
p.ent("ADMIN", "高湾村", line=5)                    # 东山梁示范基地: a site, no span
p.ent("ORG", "县林业局", line=5)
p.ent("PERSON", "王国庆", line=5)
p.ent("ADMIN", "平凉", line=5)                      # “问道崆峒?走进平凉”
p.ent("ADMIN", "静宁县", line=5, after="采访团走进")

# ---- line 7
p.ent("ADMIN", "静宁县", line=7)

# ---- line 9
p.ent("ADMIN", "静宁县", line=9, nth=1)
p.ent("ADMIN", "界石铺镇", line=9)
p.ent("ADMIN", "崔岔村", line=9)                    # 村部: the village office as a place, no ORG
# “五级扶贫信息网络系统”: a count of levels (cf. 三级阵地), no formula
p.ent("ORG", "静宁县扶贫办", line=9)
p.ent("PERSON", "吴国锦", line=9)

# ---- line 11
p.ent("ADMIN", "静宁县", line=11)
p.slogan("GROUP", "双联", line=11)                  # 双联行动 (Gansu's 联村联户): kind noun 行动 outside
p.slogan("PARALLEL", "六精六准六结合", line=11)     # items not spelled out: no expansion
p.ent("ADMIN", "静宁", line=11)                     # “静宁经验”

# ---- lines 13-23: links after the article and the site's footer (PAGE)
p.ent("ORG", "静宁新闻", line=19)                   # the site speaking of itself (我们): a medium
p.ent("ADMIN", "静宁县", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)
p.block(13, 23, "PAGE")

p.save()
