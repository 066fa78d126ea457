"""page-2704: 承德日报 (republished on 河北新闻网's 承德 channel cd.hebnews.cn, "来源:承德日报"),
2017-08-17, one article: 平泉黄土梁子林场在石质荒山创造人工林海奇迹纪实. Text as returned by the
`pages` store, from its title; the store's text ends in the article's first section
("2016年8月23日,国家林业局举办…会议一项重"), cut mid-sentence: that paragraph is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2704", "corpus/raw/pages/2704_chengde_pingquan_linchang.txt",
         publisher="承德日报", date="2017-08-17", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "平泉黄土梁子林场", line=1)            # a named forest farm is ORG, its place prefix inside

# ---- line 3: 2017-08-17 09:33:14 来源:承德日报 (web meta line of the one article)
p.byline("BYLINE", "来源:承德日报")                 # timestamp outside (decision 12)
p.ent("ORG", "承德日报", line=3)

# ---- line 6
p.ent("ADMIN", "承德市", line=6)                    # 承德市区 (the city proper) -> 承德市, like X县城 -> X县
#   冀辽蒙三省: one-character abbreviations, never ADMIN

# ---- line 8
p.ent("ORG", "平泉黄土梁子林场", line=8)

# ---- line 14: 老哈河 (a river): no span

# ---- line 16
p.ent("ADMIN", "河北省", line=16)
p.ent("ORG", "黄土梁子", line=16)                   # 黄土梁子务林人: short form of the forest farm
#   “功成不必在我”: no numeral, no formula

# ---- line 18
#   全国十佳国有林场: an award list, not a formula (decision 10)
p.ent("ORG", "黄土梁子", line=18)                   # 黄土梁子务林人

# ---- line 20
p.ent("ORG", "黄土梁子林场", line=20)
#   中华民族: no span

# ---- line 22: section deck; 京津: one-character abbreviations, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # date + 来源:承德日报
p.block(4, 4, "PAGE")                  # 进入移动版,省流量,体验好 (site furniture)
p.block(6, 20, "BODY", article=1)      # blank lines split it into one block per paragraph
p.block(22, 22, "CROSSHEAD", article=1)  # heading of the article's first section (no final stop)

p.save()
