"""page-2712: 资阳日报, as reposted on 雁江区门户网站 (yanjiang.gov.cn, 今日雁江 >> 新闻发布会),
2023-06-29, one article: 中共资阳市委举行新闻发布会. Text as returned by the `pages` store, from the
site's header; its last paragraph (黄玉斌介绍了…主要特点:一是体现了…重要指示精神) is cut off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2712", "corpus/raw/pages/2712_ziyang_shiwei_fabuhui.txt",
         publisher="资阳日报", date="2023-06-29", script="simplified", origin="pages")

# ---- line 1: the site's header links (PAGE furniture; the governments keep their spans)
p.ent("ORG", "中央人民政府", line=1)
p.ent("ORG", "四川省人民政府", line=1)
p.ent("ORG", "资阳市人民政府", line=1)

# ---- lines 2-3: navigation and breadcrumb; 雁江 inside the site's section names (decision 2)
p.ent("ADMIN", "雁江", line=2, every=True)           # 走进雁江, 今日雁江, 多彩雁江
p.ent("ADMIN", "雁江", line=3)                        # 今日雁江

# ---- line 4: headline
p.ent("ORG", "中共资阳市委", line=4)

# ---- line 5: web meta line: the site with its date, and the labelled source
p.ent("ORG", "雁江区门户网站", line=5)                # a unit's own site (like 莲花县人大信息网)
p.byline("BYLINE", "雁江区门户网站", line=5)
p.ent("ORG", "资阳日报", line=5)
p.byline("BYLINE", "来源:资阳日报", line=5)

# ---- line 8: byline + first paragraph
p.byline("BYLINE", "本报讯(全媒体记者陈维)", line=8)
p.ent("PERSON", "陈维", line=8)
p.ent("ORG", "中共资阳市委", line=8)
p.ent("ORG", "市委", line=8, after="介绍")             # 市委五届七次全会
p.ent("ORG", "市委", line=8, after="解读")             # 市委全会

# ---- line 10
p.ent("PERSON", "元方", line=10)                      # 元方书记: the given name, title outside
p.ent("ORG", "市委常委会", line=10)
p.ent("ORG", "中共资阳市委", line=10)                  # inside the decision's title
p.ent("ADMIN", "成都", line=10)                       # 成都都市圈 (成渝地区: one-character short forms)
p.ent("ORG", "中国共产党资阳市第五届委员会", line=10)  # the term's committee; 第七次全体会议 is the event
p.ent("ORG", "市委", line=10, after="发布会上")         # 市委副秘书长
p.ent("PERSON", "黄玉斌", line=10)
p.ent("ORG", "市委", line=10, after="黄玉斌从")         # 市委全会
p.ent("ORG", "市委", line=10, after="他介绍")           # 市委五届七次全会
p.ent("ORG", "省委", line=10, after="认真落实")
p.slogan("PARALLEL", "四化同步、城乡融合、五区共兴", line=10)
p.ent("ADMIN", "资阳", line=10, after="新时代新征程")
p.ent("PERSON", "习近平", line=10)                    # 习近平新时代中国特色社会主义思想
p.ent("PERSON", "习近平", line=10, after="党的二十大精神和")
p.ent("ADMIN", "四川", line=10)                       # 对四川工作
p.ent("ORG", "省委", line=10, after="四川工作")         # 省委十二届三次全会
p.ent("ADMIN", "成都", line=10, after="加快建设")        # second 成都都市圈
#   成渝地区双城经济圈, 成资同城化: one-character short forms, and a name with a number (no formula)

# ---- blocks
p.block(1, 3, "PAGE")
p.block(4, 4, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(6, 6, "PAGE")                                  # 【打印本稿】 【关闭】
p.block(8, 10, "BODY", article=1)

p.save()
