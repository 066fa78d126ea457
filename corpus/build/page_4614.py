"""page-4614: 渭南日报 (text on m.yybnet.net, its 渭南/富平 channel; source line 渭南日报 2018-10-27 01:00),
one article: 全国广播电视台采访调研团走进渭南. Text as returned by the `pages` store, from its title; the
store's last line (本, the first character of a cut link title) is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4614", "corpus/raw/pages/4614_weinan_guangdian_caifang.txt",
         publisher="渭南日报", date="2018-10-27", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); raise SystemExit

# ---- line 1: headline
#   全国广播电视台采访调研团: a visiting delegation, no ORG (like 雄县考察团)
p.ent("ADMIN", "渭南", line=1)

# ---- line 3: source line (medium with its timestamp)
p.byline("BYLINE", "渭南日报", line=3)
p.ent("ORG", "渭南日报", line=3)                              # a paper named after its city: one ORG

# ---- line 5
p.byline("BYLINE", "本报讯(记者史王萍)", line=5)
p.ent("PERSON", "史王萍", line=5)
p.ent("ORG", "陕西省委宣传部", line=5)
p.ent("ORG", "陕西广播电视台", line=5)
p.ent("ORG", "上海广播电视台", line=5)
p.ent("ORG", "渭南市委宣传部", line=5)
p.ent("ORG", "市委外宣办", line=5)
p.ent("ADMIN", "陕西", line=5, after="追赶超越看")            # inside the campaign's name (decision 2)
p.ent("ADMIN", "渭南", line=5, after="大调研活动")            # 走进渭南
p.ent("ADMIN", "渭南市", line=5)                              # 深入渭南市采访

# ---- line 7
p.ent("ADMIN", "华阴市", line=7)
#   华山: a mountain / scenic site, no span
p.ent("ADMIN", "富平县", line=7, nth=1)
p.ent("ADMIN", "曹村镇", line=7, nth=1)
p.ent("ORG", "华阴老腔艺术表演团", line=7)                    # a named performing troupe, its place inside
p.ent("ADMIN", "富平县", line=7)                              # 富平县曹村镇太白村: three units
p.ent("ADMIN", "曹村镇", line=7)
p.ent("ADMIN", "太白村", line=7)
p.ent("ORG", "永辉现代农业发展有限公司", line=7)
p.ent("ADMIN", "富平", line=7)                                # 富平柿子产业 (a product's place)
p.ent("ADMIN", "渭南市", line=7)

# ---- line 9
p.ent("ORG", "浙江电视台新闻频道", line=9)                    # a broadcaster's channel joins it
p.ent("PERSON", "蔡营杰", line=9)
p.ent("ADMIN", "渭南", line=9)
#   当地政府: generic

# ---- line 11
p.ent("ADMIN", "富平", line=11)                               # 富平柿子别样红
p.ent("ADMIN", "广东", line=11, nth=1)                        # 作为广东的媒体代表
p.ent("ORG", "广东广播电视台", line=11)
p.ent("PERSON", "李明", line=11)                              # 记者李明先震撼于…后折服于: 先 is the adverb
p.ent("ADMIN", "渭南", line=11, nth=1)                        # 渭南用自己得天独厚的优势
p.ent("ADMIN", "渭南", line=11)                               # 渭南我们再会

# ---- line 15: link title in the 新闻推荐 list (PAGE)
p.ent("ORG", "富平交警", line=15)                             # the county's traffic police acting

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # medium + timestamp + 大字 widget: the page's source line
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "PAGE")                # 新闻推荐 (list of links)
p.block(15, 15, "PAGE")                # a linked title in that list

p.save()
