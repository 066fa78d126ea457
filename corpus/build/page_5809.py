"""page-5809: 潼南网 (cqtn.com, 潼南区 news site, 镇街 section), 2025-05-14, one article:
太安镇|文春来:行走在田埂上的履职者. Text as returned by the `pages` store, from its title
(the page opens with title + summary, then the section name, site furniture, the title again,
the time/source line and the body); the last paragraph, cut mid-sentence by the store, dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5809", "corpus/raw/pages/5809_tongnan_taian_wenchunlai.txt",
         publisher="潼南网", date="2025-05-14", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline (page title)
p.ent("ADMIN", "太安镇", line=1)
p.ent("PERSON", "文春来", line=1)

# ---- line 2: summary under the title (same words as the body's first paragraph)
p.ent("ADMIN", "太安镇", line=2, nth=1)          # 太安镇太平村的田埂上
p.ent("ADMIN", "太平村", line=2, nth=1)
p.ent("ORG", "区第十八届人大", line=2)            # 我区第十八届人大代表: deictic 我 out, 人大代表 -> organ + title
p.ent("ORG", "太安镇第十九届人大", line=2)        # numbered term inside the congress's name
p.ent("PERSON", "文春来", line=2)
p.ent("ADMIN", "太安镇", line=2)                 # 太安镇太平村的党支部书记 (bare 党支部: no ORG)
p.ent("ADMIN", "太平村", line=2)

# ---- lines 3-6: section name, section URL, hotline line, navigation
p.ent("ORG", "看潼南", line=6)                   # 看潼南APP: the district's news app (a medium named by its channel)
#   潼城故事: a programme named by the city's epithet, no span

# ---- line 7: title printed again; line 8: time + medium (source line)
p.ent("ADMIN", "太安镇", line=7)
p.ent("PERSON", "文春来", line=7)
p.byline("BYLINE", "潼南网", line=8)
p.ent("ORG", "潼南网", line=8)

# ---- line 10: byline + first paragraph
p.byline("BYLINE", "潼南网讯(记者 李彦亭 通讯员 张继明)")
p.ent("ORG", "潼南网", line=10)
p.ent("PERSON", "李彦亭", line=10)
p.ent("PERSON", "张继明", line=10)
p.ent("ADMIN", "太安镇", line=10, nth=1)
p.ent("ADMIN", "太平村", line=10, nth=1)
p.ent("ORG", "区第十八届人大", line=10)
p.ent("ORG", "太安镇第十九届人大", line=10)
p.ent("PERSON", "文春来", line=10)
p.ent("ADMIN", "太安镇", line=10)
p.ent("ADMIN", "太平村", line=10)

# ---- line 12
p.ent("ORG", "镇人大", line=12)                  # 当选区、镇人大代表: two levels named -> one ORG for the last
#   “人民选我当代表,我当代表为人民”: a motto, no numeral -> no slogan

# ---- line 14: crosshead (叩开百家门: 百家门 is a figure of speech, no formula)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)     # page summary under the title (decision 23NN: 摘要 -> SUBHEAD)
p.block(3, 3, "COLUMN")                 # 镇街: the site's section
p.block(4, 6, "PAGE")                   # section URL, hotline line, navigation bar
p.block(7, 7, "HEADLINE", article=1)    # title printed twice: HEADLINE both times
p.block(8, 8, "BYLINE", article=1)      # medium alone with its timestamp = source line
p.block(10, 12, "BODY", article=1)
p.block(14, 14, "CROSSHEAD", article=1)

p.save()
