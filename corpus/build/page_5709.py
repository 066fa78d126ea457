"""page-5709: 藤县人民政府 (county channel tengxian.pawz.gov.cn of the 梧州 government portal, inferred from
the subdomain; 来源:藤县人大办), 广西, 2018-08-28, one article: 《广西人大》杂志社联合采访组到藤县采风并指导人大宣传工作.
Text as returned by the `pages` store, from its title; its last paragraph (座谈会上结束后,… 提高代表的) was cut
mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5709", "corpus/raw/pages/5709_tengxian_guangxi_renda_caifeng.txt",
         publisher="藤县人民政府", date="2018-08-28", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "《广西人大》杂志社联合采访组", line=1)   # a team an organ sends out: one ORG with the organ
p.ent("ADMIN", "藤县", line=1)

# ---- line 3: web meta line with its source credit (decision 12)
p.byline("BYLINE", "来源:藤县人大办", line=3)
p.ent("ORG", "藤县人大办", line=3)

# ---- line 5
p.ent("ORG", "自治区人大常委会研究室", line=5)
p.ent("ORG", "《广西人大》杂志社", line=5)              # the publishing house; 《》 wrap part of the name: inside
p.ent("PERSON", "戴兵", line=5)
#   率联合采访组: bare, no span
p.ent("ADMIN", "藤县", line=5, after="来到")
#   县乡(镇)人大工作, 人大代表: generic, no span
p.ent("ORG", "藤县人大常委会", line=5)
p.ent("PERSON", "蒙土金", line=5)
p.ent("ORG", "梧州市人大常委会研究室", line=5)
p.ent("PERSON", "黎琼龙", line=5)

# ---- line 7
p.ent("ORG", "广西人大", line=7)                        # 《广西人大》杂志: the magazine, a medium (ORG without the marks)
#   《百县千乡行》专栏: a column's title, no formula (open decision, notes); 杂志社, 联合采访组 bare: no span
p.ent("ADMIN", "藤县", line=7)

# ---- line 9
p.ent("ADMIN", "藤县", line=9, nth=1)                   # 藤县第三会议室: a room, the unit inside is ADMIN
p.ent("ORG", "《广西人大》杂志社", line=9)
p.ent("ADMIN", "藤县", line=9)                          # 藤县通讯员
p.ent("PERSON", "戴兵", line=9, nth=1)
p.ent("PERSON", "戴兵", line=9)
p.ent("ORG", "广西人大", line=9, after="介绍了")          # 《广西人大》杂志的内设栏目
p.ent("ORG", "广西人大", line=9, after="阅读")            # 阅读《广西人大》
#   “代表风采”“八桂资讯”: columns; 八桂 is an epithet of 广西 (no ADMIN)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 来源:… 发布日期:… 分享到: (a meta line with a credit)
p.block(5, 9, "BODY", article=1)

p.save()
