"""agree-page-4708: 柘荣新闻网 (Zherong county news site, 宁德, Fujian), 2019-06-12, one article:
县委书记郭宋玉到乍洋乡调研指导工作. Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4708", "corpus/raw/pages/4708_zherong_zhayang_diaoyan.txt",
         publisher="柘荣新闻网", date="2019-06-12", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "县委", line=1)
p.ent("PERSON", "郭宋玉", line=1)
p.ent("ADMIN", "乍洋乡", line=1)

# ---- line 3: meta line (timestamp and 评论(0) outside the spans)
p.byline("BYLINE", "来源:柘荣新闻网", line=3)
p.ent("ORG", "柘荣新闻网", line=3)
p.byline("BYLINE", "作者:郑章华", line=3)
p.ent("PERSON", "郑章华", line=3)

# ---- line 5
p.ent("ORG", "县委", line=5, every=True)             # 县委书记, 县委常委 (contracted title -> 县委)
p.ent("PERSON", "郭宋玉", line=5)
p.ent("ADMIN", "乍洋乡", line=5)
p.ent("ORG", "组织部", line=5)                       # 组织部长 -> ORG 组织部 (decision 15)
p.ent("PERSON", "钟逢帮", line=5)

# ---- line 7
p.ent("ORG", "宁德承天农业科技开发有限公司", line=7)  # enterprise named in full; 该公司: deictic
p.ent("PERSON", "郭宋玉", line=7, every=True)
# 各部门: generic

# ---- line 9
p.ent("ADMIN", "乍洋乡", line=9)                     # 乍洋乡工业园区: a park is a place (decision 3)
p.ent("PERSON", "郭宋玉", line=9, every=True)
p.ent("ORG", "市委", line=9)
# 三个百亿产业集群: a count of things (like 五大主导产业), no slogan; 一盘棋: not a formula

# ---- page furniture
p.ent("ORG", "柘荣新闻网", line=16)                  # CopyRight line

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)
p.block(12, 12, "PAGE")          # 责任编辑:wenjs (an account, no PERSON)
p.block(14, 14, "PAGE")          # 图片资讯 (empty widget heading)
p.block(16, 16, "PAGE")

p.save()
