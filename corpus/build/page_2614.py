"""page-2614: 潮州日报 (chaozhoudaily.com, 潮州新闻 section), 2024-06-16, one article:
何晓军与香港区潮人联会访问团一行座谈交流. Text as returned by the `pages` store, from its title
(breadcrumb 您现在的位置… dropped); the store's last paragraph (香港区潮人联会荣誉顾问黄书锐、) is cut off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2614", "corpus/raw/pages/2614_chaozhou_daily_hexiaojun.txt",
         publisher="潮州日报", date="2024-06-16", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "何晓军", line=1)
p.ent("ORG", "香港区潮人联会", line=1)              # an association (decision 15 / 23NN: associations are ORG)

# ---- line 2: web meta line with a labelled source (decision 12)
p.byline("BYLINE", "文章来源 : 潮州日报")
p.ent("ORG", "潮州日报", line=2)                    # a newspaper named after its city is one ORG

# ---- line 4
p.ent("ORG", "市委", line=4)                        # 市委书记
p.ent("PERSON", "何晓军", line=4)
p.ent("ORG", "香港区潮人联会", line=4, nth=1)
p.ent("ORG", "香港中联办港岛工作部", line=4)          # sub-unit written after its organisation joins it
p.ent("PERSON", "薛惠君", line=4)
p.ent("ORG", "香港区潮人联会", line=4)
p.ent("PERSON", "吴家荣", line=4)

# ---- line 6
p.ent("PERSON", "何晓军", line=6)
p.ent("ORG", "市委", line=6)
p.ent("ORG", "市政府", line=6)
p.ent("ADMIN", "潮州", line=6, every=True)           # 8 mentions: the city (潮州文化 -> place inside a name, decision 2)
p.ent("PERSON", "习近平", line=6)
p.ent("ADMIN", "广东", line=6)                      # 视察广东
p.ent("ORG", "省委", line=6)
p.slogan("PARALLEL", "1310", line=6)               # 省委“1310”具体部署 (a quoted code of digits)
#   第二十三届国际潮团联谊年会: an event, no span; 潮人, 潮商: one character, no span

# ---- line 8
p.ent("PERSON", "薛惠君", line=8)
p.ent("ADMIN", "潮州", line=8, every=True)           # 2 mentions
p.ent("ADMIN", "香港", line=8)                      # 深化香港与潮州…交流: the region
#   潮籍, 潮港: one-character short forms, no span

# ---- line 10
p.ent("PERSON", "吴家荣", line=10)
p.ent("ORG", "香港区潮人联会", line=10)
p.ent("ADMIN", "潮州", line=10, every=True)          # 潮州文化, 潮州项目

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)     # 发布日期 : … 文章来源 : 潮州日报 (meta line with a credit)
p.block(4, 10, "BODY", article=1)

p.save()
