"""agree-page-4710 (second, independent pass): 党建网 (基层党建 channel) repost of a 重庆日报 article,
2022-07-01: 重庆巴南:党建赋能促发展 红色引领添活力. One article."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4710", "corpus/raw/pages/4710_banan_dangjian_lianmeng.txt",
         publisher="重庆日报", date="2022-07-01", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- lines 1-5: banner image file names and the site's breadcrumb (PAGE)
p.ent("ORG", "党建网", line=5)                       # the site (a medium) in its breadcrumb

# ---- line 6: headline
p.ent("ADMIN", "重庆", line=6)
p.ent("ADMIN", "巴南", line=6)

# ---- line 7: meta line 发表时间:… 来源:重庆日报 (decision 12: one BYLINE per labelled credit)
p.byline("BYLINE", "来源:重庆日报", line=7)
p.ent("ORG", "重庆日报", line=7)

# ---- line 9: lead paragraph
p.ent("ADMIN", "巴南区", line=9)
# 五大产业集群: a count of industries (like 五大主导产业), no formula
p.slogan("PARALLEL", "一区五城", line=9)

# ---- line 13: crosshead 点燃城市治理“红色引擎” (no spans)

# ---- line 15
p.ent("ADMIN", "龙洲湾街道", line=15)
p.ent("ADMIN", "龙海社区", line=15)
p.ent("ORG", "居委会", line=15)                      # 龙海社区's own residents' committee (decision 5)
# 业委会 (owners' committee), 物业服务企业: kinds of bodies, no span; 三方联动机制: prose count

# ---- line 17
p.ent("ADMIN", "莲花街道", line=17)
p.ent("ADMIN", "万泉街社区", line=17)
p.ent("ORG", "社区党委", line=17)                    # 万泉街社区's party committee (decision 5)
# 物业服务中心: a bare institution type, no span

# ---- line 19
p.ent("ADMIN", "李家沱街道", line=19)
p.ent("ADMIN", "茶花社区", line=19)
p.ent("ORG", "西流沱小镇联合党支部", line=19)          # a named joint branch of a place (小镇) that is no unit

# ---- line 21
p.ent("ADMIN", "巴南区", line=21)
p.slogan("PLUS", "1+X", line=21)                     # “1+X”党建联盟: kind noun outside; X is open (…等): no expansion

# ---- line 23
p.slogan("PLUS", "1+X", line=23)

# ---- blocks
p.block(1, 5, "PAGE")                                # image file names + breadcrumb 党建网 > 基层党建
p.block(6, 6, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 9, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 23, "BODY", article=1)

p.save()
