"""page-4401: 市场星报 (安徽财经网 www.ahcaijing.com, 地市 > 滁州), 2024-06-21, one article:
全椒县六镇镇:秸秆禁烧守护绿色田园. Text as returned by the `pages` store, from its title
(the site banner and breadcrumb above it left out), down to the page's end."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4401", "corpus/raw/pages/4401_shichangxingbao_liuzhen_jinshao.txt",
         publisher="市场星报", date="2024-06-21", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "全椒县", line=1)
p.ent("ADMIN", "六镇镇", line=1)

# ---- line 3: web meta line (timestamp, 来源, 编辑)
p.byline("BYLINE", "来源:市场星报", line=3)          # decision 12: one span per labelled credit
p.ent("ORG", "市场星报", line=3)
p.ent("PERSON", "胡昊", line=3)                      # editor: PERSON, no byline span (5th batch rule)

# ---- line 5: source tag of three media + author, then the lead
p.byline("BYLINE", "市场星报、安徽财经网(www.ahcaijing.com)、掌中安徽讯(梁玉华)", line=5)
p.ent("ORG", "市场星报", line=5)
p.ent("ORG", "安徽财经网", line=5)                    # the URL in brackets is nothing
p.ent("ORG", "掌中安徽", line=5)                      # the group's news client, a medium in the source tag
p.ent("PERSON", "梁玉华", line=5)
p.ent("ADMIN", "滁州市", line=5)
p.ent("ADMIN", "全椒县", line=5)
p.ent("ADMIN", "六镇镇", line=5)

# ---- lines 7-11: body
p.ent("ADMIN", "六镇镇", line=7)                      # 全镇: level word, no span
p.ent("ADMIN", "六镇镇", line=11)                     # 铁塔监测平台: a monitoring system, no ORG

# ---- line 13: rights notice (PAGE); the media it names are ORG everywhere on the page
p.ent("ORG", "市场星报", line=13, every=True)         # 3 hits
p.ent("ORG", "安徽财经网", line=13, every=True)       # 2 hits
p.ent("ORG", "掌中安徽", line=13, every=True)         # 2 hits

# ---- lines 19-25: share/app links (PAGE)
p.ent("ORG", "安徽财经网", line=19)
p.ent("ORG", "市场星报", line=21)
p.ent("ORG", "市场星报", line=23)
p.ent("ORG", "掌中安徽", line=25)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # 2024-06-21 10:00:20 来源:市场星报   编辑:胡昊
p.block(5, 11, "BODY", article=1)
p.block(13, 17, "PAGE")                 # rights notice, hotline, report lines, 分享到:
p.block(19, 25, "PAGE")                 # app / account links

p.save()
