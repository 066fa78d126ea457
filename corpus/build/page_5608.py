"""page-5608: 新邵县卫生健康局 (Hunan, 邵阳市 新邵县), news item on the 新邵县人民政府 portal
(xinshao.gov.cn/xinshao/ggws/202202/…shtml), 2022-02-10; 来源/作者: 县卫生健康局. One article with the
portal's meta lines and footer. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5608", "corpus/raw/pages/5608_xinshao_weijian_wuxu.txt",
         publisher="新邵县卫生健康局", date="2022-02-10", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "新邵县卫生健康局", line=1)                 # 全县卫健系统: a sector, no span

# ---- lines 2-5: the portal's meta lines (decision 12: one BYLINE span per labelled credit)
p.byline("BYLINE", "来源:县卫生健康局", line=2)
p.ent("ORG", "县卫生健康局", line=2)
p.byline("BYLINE", "作者:县卫生健康局", line=3)
p.ent("ORG", "县卫生健康局", line=3)
#   line 4: 更新时间 only -> PAGE
p.byline("BYLINE", "来源:县卫生健康局", line=5)           # 更新时间 outside
p.ent("ORG", "县卫生健康局", line=5)

# ---- line 7
p.ent("ORG", "新邵县卫生健康局党委", line=7)              # the bureau's Party committee; 四楼会议室 is a room
#   全县卫系统 (sic): a sector; 医疗二级机构, 乡镇卫生院, 局机关: kinds of bodies, no span
p.ent("ORG", "局党委", line=7)                           # 该局党委书记: deictic 该 outside (decision 4)
p.ent("PERSON", "肖山河", line=7)

# ---- line 9
#   各医疗二级机构, 乡镇卫生院, 局各股室, 各班子成员: generic
p.ent("PERSON", "唐艳梅", line=9)                        # 局长唐艳梅同志

# ---- line 11
p.ent("ORG", "局党委", line=11)                          # 局党委书记肖山河同志
p.ent("PERSON", "肖山河", line=11)
p.slogan("COUNT", "五个不", line=11)                     # 坚决做到“五个不”: items not listed
#   三点新要求, 一是…二是…三是: counts in prose
p.ent("ADMIN", "新邵", line=11)                          # 新邵人民

# ---- footer (PAGE), bodies keep their spans
p.ent("ORG", "新邵县人民政府", line=17)                  # 主办单位
p.ent("ORG", "新邵县行政审批服务局", line=18)            # 承办单位
p.ent("ORG", "新邵县政府门户网站", line=21)              # an organ's own web site (21NN)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "BYLINE", article=1)
p.block(4, 4, "PAGE")
p.block(5, 5, "BYLINE", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "BODY", article=1)
p.block(16, 21, "PAGE")

p.save()
