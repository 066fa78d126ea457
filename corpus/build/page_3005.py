"""page-3005: 诸城新闻网 (zcnews.net.cn, 诸城市融媒体中心, 山东), 2025-03-20, one article:
省政协领导来诸城市调研. Text as returned by the `pages` store, from its title (the breadcrumb
above the title dropped); the site footer kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3005", "corpus/raw/pages/3005_zhucheng_zhengxie_diaoyan.txt",
         publisher="诸城新闻网", date="2025-03-20", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "省政协", line=1)
p.ent("ADMIN", "诸城市", line=1)

# ---- line 3: web meta line (timestamp outside, labelled source credit = BYLINE, decision 12)
p.byline("BYLINE", "来源:诸城新闻网", line=3)
p.ent("ORG", "诸城新闻网", line=3)

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "本报讯(融媒记者丁烁 谭传龙)", line=5)
p.ent("PERSON", "丁烁", line=5)
p.ent("PERSON", "谭传龙", line=5)
p.ent("ORG", "省政协提案委员会", line=5)            # a committee of 省政协: one ORG (sub-unit)
p.ent("PERSON", "张兆宏", line=5)
p.ent("ADMIN", "济南", line=5)                      # inside the topic's title (decision 2)
p.ent("ADMIN", "青岛", line=5)
#   我市, 市领导: no span
p.ent("PERSON", "王爱民", line=5)
p.ent("PERSON", "宗素霞", line=5)

# ---- line 7
p.ent("ORG", "得利斯", line=7)                      # 得利斯展厅: the company's showroom (cf. page-1601 移动公司营业厅)
#   中德国际宠物经济工业园: an industrial park (place, decision 3); 中/德 one-character, no span
#   超然台: a historic site, no span
p.ent("ADMIN", "诸城", line=7, after="调研组表示")
p.ent("ORG", "市政协", line=7, after="下步")         # 市政协主席王爱民: contracted title keeps the organ
p.ent("PERSON", "王爱民", line=7)
p.ent("ORG", "诸城市政协", line=7)
p.ent("ORG", "省政协", line=7, after="将在")
p.ent("ORG", "潍坊市政协", line=7)
p.ent("ADMIN", "济南", line=7)
p.ent("ADMIN", "青岛", line=7)
#   政协力量: generic, no span

# ---- line 10: editor line (PAGE), its name is PERSON
p.ent("PERSON", "岳娜", line=10)

# ---- lines 20-22: site footer (PAGE); units and names still annotated
p.ent("ADMIN", "诸城", line=20)                     # 诸城新闻: the site's section named after the city
p.ent("ORG", "中共诸城市委宣传部", line=21)
p.ent("ORG", "诸城市融媒体中心", line=21)
p.ent("ORG", "诸城信息港", line=21)                 # the site's technical supporter (a named company/site)
p.ent("ORG", "诸城市融媒体中心", line=22)
p.ent("ADMIN", "诸城市", line=22)                   # in the address 诸城市和平街173号
#   鲁ICP备…: one-character short form, no span; 安全狗: a product badge, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 7, "BODY", article=1)
p.block(9, 10, "PAGE")          # record counter; editor line
p.block(12, 16, "PAGE")         # sidebar widget headings (新闻排行, 精彩热图, 娱乐新闻)
p.block(20, 22, "PAGE")         # footer navigation, licence and copyright lines

p.save()
