"""page-2004: 镇巴县人民政府 (zb.gov.cn, 县政府文件 section), 2024-04-06: 镇巴县人民政府工作规则
(镇政发〔2024〕7号). Text as returned by the `pages` store, from its first line; the last paragraph
(五、县政府实行县长负责制。县长主持县政府全面工作。常…) was cut off mid-sentence in the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2004", "corpus/raw/pages/2004_zhenba_zhengfu_gongzuo_guize.txt",
         publisher="镇巴县人民政府", date="2024-04-06", script="simplified", origin="pages")
# p.show()

# ---- line 3 and line 28: the document's title, printed twice (page title and heading)
p.ent("ORG", "镇巴县人民政府", line=3)              # organ inside a document title is ORG (资中县财政局 precedent)
p.ent("ORG", "镇巴县人民政府", line=28)

# ---- record fields (lines 5-26): PAGE, except the issuing-body field (BYLINE, decision 12 / 16NN-17NN rule)
p.byline("BYLINE", "发文机构:\n\n    县政府网站")       # label + value, as 作者：张丽 / 发布机构
p.ent("ORG", "县政府", line=14)                     # 县政府网站: the site has no name of its own; the organ in it is ORG
#   镇政发〔2024〕7号: an issuer's code inside a document number, no ORG

# ---- line 32
p.ent("ADMIN", "中华人民共和国", line=32, nth=1)     # 《中华人民共和国宪法》: law title names the state
p.ent("ADMIN", "中华人民共和国", line=32, nth=1)     # 《中华人民共和国地方各级…组织法》 (nth over free hits)
p.ent("ORG", "陕西省人民政府", line=32)              # 《陕西省人民政府工作规则》
p.ent("ORG", "汉中市人民政府", line=32)              # 《汉中市人民政府工作规则》

# ---- line 34
p.ent("ORG", "县政府", line=34, nth=1)
p.ent("PERSON", "习近平", line=34)                  # inside the ideology's name
p.ent("ORG", "党中央", line=34)
p.ent("ORG", "国务院", line=34)
p.ent("ORG", "省委", line=34)
p.ent("ORG", "省政府", line=34)
p.ent("ORG", "市委", line=34)
p.ent("ORG", "市政府", line=34)
p.ent("ORG", "县委", line=34)
#   法治政府、效能政府、廉洁政府、服务型政府: kinds of government, no span; 中国式现代化: fixed term
p.ent("ADMIN", "镇巴", line=34)                     # 镇巴新篇章

# ---- line 36
p.ent("ORG", "县政府", line=36)                     # 县政府工作人员
for f in ["两个确立", "四个意识", "四个自信", "两个维护", "两个大局"]:
    p.slogan("COUNT", f, line=36)                  # national formulas, items not spelled out here
p.ent("PERSON", "习近平", line=36, nth=1)           # 习近平新时代中国特色社会主义思想
p.ent("PERSON", "习近平", line=36, nth=1)           # 以习近平同志为核心
p.ent("ORG", "党中央", line=36)
p.ent("ORG", "县委", line=36)

# ---- line 40
p.ent("ORG", "县政府党组", line=40)                  # the county government's Party group: one body
p.ent("ORG", "县政府", line=40, every=True)         # 县政府由…; 县政府各工作部门 (parent organ before a generic word)

# ---- blocks
p.block(1, 1, "PAGE")                               # 返回顶部 (site furniture)
p.block(3, 3, "HEADLINE", article=1)                # page title
p.block(5, 10, "PAGE")                              # 索引号, 主题分类, 来源 (empty)
p.block(12, 14, "BYLINE", article=1)                # 发文机构: 县政府网站
p.block(15, 26, "PAGE")                             # 发文字号, dates, 有效性, 发布日期, 内容概述
p.block(28, 28, "HEADLINE", article=1)              # title printed again (16NN/17NN rule: HEADLINE both times)
p.block(30, 30, "CROSSHEAD", article=1)             # 第一章总则
p.block(32, 36, "BODY", article=1)
p.block(38, 38, "CROSSHEAD", article=1)             # 第二章 组成人员和政府职能
p.block(40, 40, "BODY", article=1)

p.save()
