"""page-4710: 重庆日报 (text reposted on 党建网 dangjian.cn, 基层党建 channel, 来源:重庆日报),
2022-07-01, one article: 重庆巴南:党建赋能促发展 红色引领添活力. Text as returned by the
`pages` store, from its opening (picture file names and breadcrumb); the last stored paragraph
(目前,巴南区已成立“1+X”党建联盟55个,5.5万余家机关、企事业单…) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4710", "corpus/raw/pages/4710_banan_dangjian_lianmeng.txt",
         publisher="重庆日报", date="2022-07-01", script="simplified", origin="pages")

# ---- lines 1-5: picture file names and breadcrumb (PAGE)
p.ent("ORG", "党建网", line=5)                       # the site itself

# ---- line 6: headline "Place:title"
p.ent("ADMIN", "重庆", line=6)
p.ent("ADMIN", "巴南", line=6)

# ---- line 7: web meta line with a labelled source (BYLINE block, decision 12)
p.byline("BYLINE", "来源:重庆日报", line=7)
p.ent("ORG", "重庆日报", line=7)

# ---- line 9: lead paragraph
p.ent("ADMIN", "巴南区", line=9)
#   基层党组织 (a kind of body), 五大产业集群 (an ordinary count, like 五大主导产业): no span
p.slogan("PARALLEL", "一区五城", line=9)

# ---- line 15
p.ent("ADMIN", "龙洲湾街道", line=15)
p.ent("ADMIN", "龙海社区", line=15)
p.ent("ORG", "居委会", line=15)                      # the community's own 居委会 (decision 5); 业委会, 物业服务企业 generic
s = p.slogan("GROUP", "三方联动", line=15)[0]        # kind noun 机制 outside
lo, hi = p.line_bounds[14]
s["expansion"] = [list(p.find_all(x, lo, s["start"])[0]) for x in ("居委会", "业委会", "物业服务企业")]

# ---- line 17
p.ent("ADMIN", "莲花街道", line=17)
p.ent("ADMIN", "万泉街社区", line=17)
p.ent("ORG", "社区党委", line=17)                    # 万泉街社区's own party committee (decision 5)
#   物业服务中心: a bare institution type, no span

# ---- line 19
p.ent("ADMIN", "李家沱街道", line=19)
p.ent("ADMIN", "茶花社区", line=19)
p.ent("ORG", "西流沱小镇联合党支部", line=19)        # a named branch; 小镇 is a place, no ADMIN

# ---- line 21
p.ent("ADMIN", "巴南区", line=21)
p.slogan("PLUS", "1+X", line=21,                     # first mention; items after 即 on line 23
         expansion=["一个综合实力较强的建制社区党组织", "临近社区、驻区单位党组织和驻区企业、业委会"])

# ---- line 23
p.slogan("PLUS", "1+X", line=23)

# ---- blocks
p.block(1, 5, "PAGE")          # picture file names + breadcrumb
p.block(6, 6, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 9, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 23, "BODY", article=1)

p.save()
