"""page-5203: 河北省纪委监察厅网站 (hebcdi.gov.cn, 新闻播报>头条新闻), 2016-10-02, one article:
【河北纪检人·十一特刊】助力清廉过节,明察暗访在路上. Text as returned by the `pages` store, from its
title (the site's navigation bar and breadcrumb above it left out); the last, cut paragraph
(图为在灵寿县某快捷…) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5203", "corpus/raw/pages/5203_hebcdi_shiyi_mingcha_anfang.txt",
         publisher="河北省纪委监察厅网站", date="2016-10-02", script="simplified", origin="pages")

# ---- lines 1-2: series banner + headline
p.ent("ADMIN", "河北", line=1)                    # 河北纪检人: a unit inside a series name (decision 2)
#   十一 (the National Day holiday, twice on line 6 too): a holiday, no formula

# ---- line 4: source line (timestamp outside the span)
p.byline("BYLINE", "来源:河北省纪委监察厅网站", line=4)
p.ent("ORG", "河北省纪委监察厅网站", line=4)        # an organ's own web site is ORG (21NN)

# ---- line 6: editor's note
p.ent("ORG", "省纪委纠“四风”监督检查组", line=6)    # a team the organ sends out, one ORG with it
p.slogan("GROUP", "四风", line=6)                  # the formula inside the team's name is also a slogan

# ---- line 12
p.ent("ORG", "省纪委党风政风监督室", line=12)       # sub-unit with its parent
#   四个明察暗访组: a count of teams, prose

# ---- line 14
p.ent("ADMIN", "石家庄市", line=14)                # 县(市、区): level words

# ---- line 16
#   两项要求, 一是…二是…: a count in prose, no formula
p.ent("ORG", "党风政风监督室", line=16)            # bare department meaning the one above (decision 13)

# ---- lines 18, 24
p.ent("ADMIN", "灵寿县", line=18)
p.ent("ADMIN", "灵寿县", line=24)

# ---- blocks
p.block(1, 2, "HEADLINE", article=1)   # series banner 【…】 + title: one title deck (banner stays in the HEADLINE)
p.block(4, 4, "BYLINE", article=1)     # 来源:… 发布时间:… (decision 12)
p.block(6, 24, "BODY", article=1)      # 【编者按】 paragraph and the report; blank lines split the blocks

p.save()
