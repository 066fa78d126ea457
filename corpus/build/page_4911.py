"""page-4911: 长春日报 (text credited 来源: 长春日报, byline 长春日报讯 (记者揣晓倩)), 2021-07-09, one article:
新征程上有哪些新故事? / 长春市开展“讲述城市故事”主题征文活动. The stored copy is on 中国吉林网's
长春站 > 要闻 channel (cc.cnjiwang.com); text as returned by the `pages` store, from its title line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4911", "corpus/raw/pages/4911_changchun_zhengwen.txt",
         publisher="长春日报", date="2021-07-09", script="simplified", origin="pages")

# ---- lines 1-4: site title bar (title + channel + editor + id), slogan bar, breadcrumb
for ln in (1, 3):
    p.ent("ADMIN", "长春", line=ln)                 # 长春站: the channel named by the city (decision 2)
    p.ent("PERSON", "张琪", line=ln)                # the channel editor named in the title bar
p.ent("ADMIN", "长春", line=4)                      # breadcrumb 首页 > 长春站 > 要闻

# ---- line 8: subhead
p.ent("ADMIN", "长春市", line=8)

# ---- line 10: meta line, source credit
p.byline("BYLINE", "来源: 长春日报", line=10)
p.ent("ORG", "长春日报", line=10)

# ---- line 12: byline + first paragraph
p.byline("BYLINE", "长春日报讯 (记者揣晓倩)", line=12)
p.ent("ORG", "长春日报", line=12)                   # the paper in its source tag
p.ent("PERSON", "揣晓倩", line=12)
p.ent("ADMIN", "长春", line=12, after="重温")        # 长春城市历史变迁
p.ent("ADMIN", "长春", line=12, after="展示")        # 长春经济社会发展成果
p.ent("ADMIN", "长春", line=12, after="讲好")        # 长春故事
p.ent("ADMIN", "长春", line=12, after="打造")        # 长春品牌
p.ent("ORG", "长春市委宣传部", line=12)
p.ent("ORG", "市外办", line=12)
p.ent("ORG", "长春人民对外友好协会", line=12)
p.ent("ADMIN", "长春市", line=12, after="共同开展")   # 长春市“讲述城市故事”… activity
p.ent("ADMIN", "长春", line=12, after="新征程")       # “新征程 新长春” (a campaign theme, decision 2)

# ---- line 14
p.ent("ADMIN", "长春", line=14, after="新征程")       # “新征程 新长春”
p.ent("ADMIN", "长春", line=14, after="呈现")         # 长春经济发展

# ---- line 18
p.ent("ORG", "中国人民对外友好协会", line=18)
p.ent("ORG", "意大利“一带一路”研究院", line=18)       # 同|意大利“一带一路”研究院: 同 = "with"
p.slogan("PARALLEL", "一带一路", line=18)             # two numeral-led parts, also inside the ORG

# ---- line 20: closing source line
p.byline("BYLINE", "来源:长春日报", line=20)
p.ent("ORG", "长春日报", line=20)

# ---- line 22: editor line (PAGE), names still annotated
p.ent("PERSON", "张琪", line=22)
p.ent("ORG", "吉网", line=22)                         # 吉网新闻热线: the host site's short name

# ---- blocks
p.block(1, 4, "PAGE")            # title bar x2, site slogan, breadcrumb
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 8, "SUBHEAD", article=1)
p.block(10, 10, "BYLINE", article=1)
p.block(12, 18, "BODY", article=1)
p.block(20, 20, "BYLINE", article=1)
p.block(22, 22, "PAGE")

p.save()
