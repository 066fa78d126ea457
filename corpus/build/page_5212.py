"""page-5212: 钦州日报 (text on yybnet.net, 钦州/浦北 channel; publisher inferred from the
bracketed reporter credit and 驻钦), one article on the city's “美丽钦州·清洁乡村” team meeting
(September 2013 by the URL; no date printed). Text as returned by the `pages` store, which
stores no title: it opens with the reporter credit. Last paragraph cut mid-sentence, dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5212", "corpus/raw/pages/5212_qinzhou_meili_qingjie_xiangcun.txt",
         publisher="钦州日报", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: byline opening the first paragraph (a bracketed role credit, no source tag)
p.byline("BYLINE", "(记者徐志强实习记者 赵凤娟)")
p.ent("PERSON", "徐志强", line=1)
p.ent("PERSON", "赵凤娟", line=1)
p.ent("ORG", "市“美丽办”", line=1)               # the city's office: quotes wrap part of the name -> inside
#   驻钦各单位: 钦 is a one-character short form -> no ADMIN; 驻镇工作队长, 派驻工作队: generic
p.ent("ADMIN", "防城港市", line=1)
p.ent("ADMIN", "钦州市", line=1)                  # 自钦州市开展
#   “美丽钦州·清洁乡村”活动: a campaign's name, the unit inside it is ADMIN (decision 2)

# ---- line 4: the teams ranked by the assessment (named teams acting as units -> ORG, whole name)
for team in ["驻钦北区平吉镇工作队", "驻浦北县龙门镇工作队", "驻钦北区大垌镇工作队",
             "驻钦北区北通镇工作队", "驻灵山县太平镇工作队", "驻钦南区龙门港镇工作队"]:
    p.ent("ORG", team, line=4)
p.ent("ORG", "唐田村委", line=4)                  # 唐田村委|会议室: the committee's room (县委|会议室)

# ---- line 2: the five villages visited (county | township | village chains)
p.ent("ADMIN", "钦南区", line=2)
p.ent("ADMIN", "沙埠镇", line=2)
p.ent("ADMIN", "娄竹平村", line=2)
p.ent("ADMIN", "灵山县", line=2)
p.ent("ADMIN", "陆屋镇", line=2)
p.ent("ADMIN", "石龙塘村", line=2)
p.ent("ADMIN", "北通镇", line=2)
p.ent("ADMIN", "大面塘村", line=2)

# ---- every remaining mention (checked in the readback)
p.ent("ADMIN", "钦州", every=True)                # 4x in line 1, 1x in line 4 (the campaign's name)
p.ent("ADMIN", "浦北县", every=True)              # 3x line 2, 2x line 3, 1x line 4 (outside the team)
p.ent("ADMIN", "龙门镇", every=True)              # 2x line 2, 2x line 3, 1x line 4
p.ent("ADMIN", "瓦鱼埇村", every=True)            # line 2, line 3
p.ent("ADMIN", "根竹村", every=True)              # line 2, line 3

# ---- blocks: one article, four body paragraphs
p.block(1, 4, "BODY", article=1)

p.save()
