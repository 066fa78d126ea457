"""page-1909: 绵阳日报 (reprinted on the regional portal yybnet.net, 盐亭新闻 section, 来源:绵阳日报),
2012-11-02, one article: 群策群力谋发展——巨龙镇文昌村小记. Text as returned by the `pages` store,
from its title; the last stored paragraph (cut off mid-sentence) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1909", "corpus/raw/pages/1909_mianyang_yanting_wenchangcun.txt",
         publisher="绵阳日报", date="2012-11-02", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "巨龙镇", line=1)
p.ent("ADMIN", "文昌村", line=1)

# ---- line 3: web meta line (source credit; timestamp and URL outside)
p.byline("BYLINE", "来源:绵阳日报", line=3)
p.ent("ORG", "绵阳日报", line=3)

# ---- line 5
p.ent("ADMIN", "盐亭县", line=5)
p.ent("ADMIN", "巨龙镇", line=5)
p.ent("ADMIN", "文昌村", line=5)
p.slogan("GROUP", "三高", line=5)                   # “三高”农业: N + category, items not spelled out

# ---- line 7
p.ent("ADMIN", "文昌村", line=7, nth=1)
p.ent("ADMIN", "文昌村", line=7, nth=1)             # second occurrence (first now taken)
p.ent("ORG", "盐亭县委", line=7)
p.ent("ORG", "县民政局", line=7)                    # 县民政局局长: title outside
p.ent("PERSON", "许宗平", line=7)

# ---- line 9
p.ent("PERSON", "许宗平", line=9, nth=1)
p.ent("ORG", "村“两委”", line=9)                    # 文昌村's two committees (decision 5)
p.ent("ADMIN", "文昌村", line=9)
p.ent("PERSON", "许宗平", line=9)                   # 许宗平请来…
p.ent("ORG", "县党建办", line=9)
#   发改、农办、农业、水务、武引、农发办、规划等部门: 县 prefix shared by the list;
#   the two office names (办) are ORG (decision 13), bare field names get no span
p.ent("ORG", "农办", line=9, after="发改")
p.ent("ORG", "农发办", line=9)
p.slogan("GROUP", "三高", line=9)
#   文昌文化 (twice), 村文化广场, 1、5、7、8社, 党员服务队, 青年突击队, 公益事业理事会: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)

p.save()
