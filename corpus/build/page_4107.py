"""page-4107: 南粤清风网 (广东省纪委监委网站), 2020-10-10, one article:
对照检视问题 压实主体责任 广东300多名省管一把手接受警示教育. Text as returned by the `pages`
store (copy on the 梅州市梅县区纪委监委 site jw.gdmx.gov.cn, 来源:南粤清风网), from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4107", "corpus/raw/pages/4107_nanyue_jingshi_jiaoyu.txt",
         publisher="南粤清风网", date="2020-10-10", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "广东", line=1)                      # 广东300多名省管一把手; 一把手 is a word, no formula

# ---- line 2: web meta line with its labelled source
p.byline("BYLINE", "来源:南粤清风网", line=2)
p.ent("ORG", "南粤清风网", line=2)                   # the source medium (site) is ORG

# ---- line 3
p.ent("ORG", "广东省委", line=3)
#   各地级以上市市委书记, 县(市、区)委书记, 省直单位党组(党委): generic classes of bodies, no span

# ---- line 5
#   党的十九大: a congress by its number, no span
p.ent("ADMIN", "广东省", line=5)                     # 广东省结合实际
p.ent("ORG", "广东省委", line=5)                     # 广东省委常委 -> ORG 广东省委 (contracted title)
p.ent("ORG", "省纪委", line=5)                       # 省纪委书记
p.ent("ORG", "省监委", line=5)                       # 省监委主任
p.ent("PERSON", "施克辉", line=5)
p.slogan("COUNT", "两个维护", line=5, nth=1)         # inside the quoted lecture title
p.slogan("COUNT", "两个维护", line=5, nth=1)         # 偏离"两个维护" (first free one left)
p.ent("ORG", "省纪委监委", line=5)                   # 省纪委监委摄制: the merged commission, one ORG
#   关爱工程: no numeral; 《侥幸之祸——…我省查处的…警示录》: 我省 is deictic

# ---- line 7
p.ent("ORG", "省委农办", line=7)                     # 省委农办主任
p.ent("ORG", "省农业农村厅", line=7)                 # 省农业农村厅厅长
p.ent("PERSON", "顾幸伟", line=7)
p.slogan("COUNT", "两个维护", line=7, nth=1)
p.slogan("COUNT", "两个维护", line=7, nth=1)

# ---- line 9
p.ent("ADMIN", "广东省", line=9, nth=1)              # 广东省纪检监察机关: a class of bodies, the unit is ADMIN
p.ent("ORG", "广东省纪委监委", line=9)
p.ent("ORG", "省纪委监委", line=9)                   # 省纪委监委协助省委 (the free one)
p.ent("ORG", "省委", line=9, after="协助")
#   各级党组织: a kind of body, never ORG

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)       # 发布时间/来源 meta line (decision 12)
p.block(3, 9, "BODY", article=1)

p.save()
