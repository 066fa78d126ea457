"""page-4708: 柘荣新闻网 (zrxww.cn, 柘荣县's news site), 2019-06-12, one article:
县委书记郭宋玉到乍洋乡调研指导工作. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4708", "corpus/raw/pages/4708_zherong_zhayang_diaoyan.txt",
         publisher="柘荣新闻网", date="2019-06-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "县委", line=1)                  # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "郭宋玉", line=1)
p.ent("ADMIN", "乍洋乡", line=1)

# ---- line 3: web meta line (decision 12): one BYLINE per labelled credit, timestamp outside
p.byline("BYLINE", "来源:柘荣新闻网", line=3)
p.byline("BYLINE", "作者:郑章华", line=3)
p.ent("ORG", "柘荣新闻网", line=3)
p.ent("PERSON", "郑章华", line=3)

# ---- line 5: lead
p.ent("ORG", "县委", line=5)                  # 县委书记
p.ent("PERSON", "郭宋玉", line=5)
p.ent("ADMIN", "乍洋乡", line=5)
p.ent("ORG", "县委", line=5)                  # 县委常委 -> ORG 县委 (shortened title, 14NN)
p.ent("ORG", "组织部", line=5)                # 组织部长 -> ORG 组织部 (like 宣传部长 -> 宣传部)
p.ent("PERSON", "钟逢帮", line=5)

# ---- line 7
p.ent("ORG", "宁德承天农业科技开发有限公司", line=7)   # an enterprise named in full, prefix inside
p.ent("PERSON", "郭宋玉", line=7, every=True)          # 郭宋玉详细了解, 郭宋玉感到欣慰
#   该公司, 各部门: deictic / generic, no span

# ---- line 9
p.ent("ADMIN", "乍洋乡", line=9)              # 乍洋乡工业园区: a park is a place (decision 3)
p.ent("PERSON", "郭宋玉", line=9, every=True)          # two mentions
p.ent("ORG", "市委", line=9)                  # 助力市委三个百亿产业集群打造
#   三个百亿产业集群: counts things (clusters), like 五大主导产业 (decision 10): no formula
#   一盘棋: not a formula (docs/annotation.md); 生态型不绣钢产业园: a place; 各职能部门: generic

# ---- line 16: rights line
p.ent("ORG", "柘荣新闻网", line=16)           # a site named by the page's rights line (28NN)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)    # 2019年06月12日 … 来源:柘荣新闻网 作者:郑章华 评论(0)
p.block(5, 9, "BODY", article=1)
p.block(12, 12, "PAGE")               # 责任编辑:wenjs (editor line; wenjs is an account, no PERSON)
p.block(14, 14, "PAGE")               # 图片资讯 (heading of the site's picture-link list)
p.block(16, 16, "PAGE")               # CopyRight©2015 柘荣新闻网 All Rights Reserved

p.save()
