"""page-4408: wmxa.cn (西安 news portal, 区县播报 > 临潼 channel; source 临潼区183), 2021-05-25,
one article: 临潼区委书记赵雷督导推进火车站历史文化街区建设. Text as returned by the `pages`
store, from its title; its last line (a related-link title cut mid-word, 我为群众办实事||四月“鄠小二)
was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4408", "corpus/raw/pages/4408_wmxa_lintong_zhaolei_huochezhan.txt",
         publisher="wmxa.cn", date="2021-05-25", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("ORG", "临潼区委", line=1)                  # 临潼区委书记 -> the committee, title outside
p.ent("PERSON", "赵雷", line=1)
#   火车站历史文化街区: a place, no span

# ---- line 3: meta line (date, 来源, 字号, site tag)
p.byline("BYLINE", "来源:临潼区183", line=3)      # labelled source credit (decision 12); date outside
p.ent("ADMIN", "临潼区", line=3)                  # a unit credited in a source field is the place
p.ent("ORG", "兵马俑在线", line=3)                # the site's / channel's name (a medium)

# ---- line 5
L = 5
p.ent("ADMIN", "临潼", line=L)                    # 临潼城市品质形象
p.ent("ORG", "临潼区委", line=L)                  # 临潼区委书记赵雷
p.ent("PERSON", "赵雷", line=L)
#   区火车站: a station, no span; 区长: a bare title, no span
p.ent("PERSON", "黄可", line=L)
p.ent("ORG", "区委", line=L, after="黄可")        # 区委常委 -> the committee
p.ent("PERSON", "侯兵利", line=L)

# ---- line 7
p.ent("PERSON", "赵雷", line=7, every=True)       # 赵雷来到现场, 向赵雷汇报

# ---- line 9
L = 9
p.ent("PERSON", "赵雷", line=L)
p.ent("ADMIN", "临潼区", line=L, every=True)      # 临潼区“迎十四运”…, 对临潼区加快实施…
p.ent("ADMIN", "临潼", line=L, every=True)        # 传承临潼城市文脉, 临潼文旅新地标
#   “迎十四运”: the 14th National Games, an event (ordinal), no formula
#   景城分治、产城分治: no numeral, no formula

# ---- line 12: related-link title
p.ent("ORG", "长安路CBD党支部", line=12)         # a branch named after a place that is no unit

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # date + 来源 credit (meta line, decision 12)
p.block(5, 9, "BODY", article=1)
p.block(11, 14, "PAGE")                 # 全站热点 and a related link with its date

p.save()
