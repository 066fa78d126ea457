"""page-2604: 盐城日报 (paper.ycnews.cn/rb, e-paper, 第05版 县(市、区)), 2023-04-24, one article:
梁垛镇人大代表为乡村振兴献计献策. Text as returned by the `pages` store, from the page banner
(the e-paper's version/date lines) to the title of the next article linked under it."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2604", "corpus/raw/pages/2604_yancheng_liangduo_renda.txt",
         publisher="盐城日报", date="2023-04-24", script="simplified", origin="pages")

# ---- line 4: headline
p.ent("ORG", "梁垛镇人大", line=4)                  # 梁垛镇人大代表 -> ORG + role (阿右旗人大代表)

# ---- line 6: byline + first paragraph
p.byline("BYLINE", "本报讯 (王永华 戴永忠 朱霆)", line=6)
for name in ["王永华", "戴永忠", "朱霆"]:
    p.ent("PERSON", name, line=6)
p.ent("ADMIN", "东台市", line=6)
p.ent("ORG", "梁垛镇人大", line=6)                  # 梁垛镇人大组织开展…
p.ent("ORG", "镇人大", line=6)                      # 50多名镇人大代表: that town's congress
p.ent("ADMIN", "中国", line=6)                      # 中国美丽乡村 (a title): decision 2
p.ent("ADMIN", "临塔村", line=6)
p.ent("ADMIN", "江苏省", line=6)                    # 江苏省生态文明建设示范村 (a title)
p.ent("ADMIN", "殷乐村", line=6)
p.ent("ADMIN", "兴鹤村", line=6)
p.ent("ORG", "爱东家庭农场", line=6)                # a named farm business
p.ent("ADMIN", "中南村", line=6)
p.ent("ORG", "惠邦土地合作社", line=6)              # a named cooperative

# ---- line 10
p.ent("ORG", "镇政府", line=10)                     # the town's government (level word + organ)

# ---- line 12: title of another article linked under this one
p.ent("ADMIN", "新洋街道", line=12)
p.ent("ADMIN", "童家沟社区", line=12)

# ---- blocks
p.block(1, 2, "PAGE")            # 第05版:县(市、区) / 2023年04月24日
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 10, "BODY", article=1)
p.block(12, 12, "PAGE")          # link to the next article of the e-paper page

if "--show" in sys.argv:
    p.show()
else:
    p.save()
