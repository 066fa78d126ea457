"""page-2905: 滨海日报 (bhxww.cn, 滨海新闻网, 滨海县, 江苏), 2025-03-20, one article:
县政协调研和美乡村建设工作. Text as returned by the `pages` store, from its title (the store's
text is the whole page: nothing was cut)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2905", "corpus/raw/pages/2905_binhai_zhengxie_heme.txt",
         publisher="滨海日报", date="2025-03-20", script="simplified", origin="pages")

# ---- line 1: the page's title (printed again on line 4)
p.ent("ORG", "县政协", line=1)

# ---- line 4-5: title and the participant line under it
p.ent("ORG", "县政协", line=4)
p.ent("PERSON", "王海荣", line=5)

# ---- line 7: byline + first paragraph
p.byline("BYLINE", "本报讯 (记者 张柏荣)")
p.ent("PERSON", "张柏荣", line=7)
p.ent("ORG", "县政协", line=7)                      # 县政协主席 -> ORG + title
p.ent("PERSON", "王海荣", line=7)
#   副县长: title, bare level word, no span
p.ent("ORG", "东坎街道党工委", line=7)              # 东坎街道党工委书记 -> ORG + title
p.ent("PERSON", "王荣峰", line=7)

# ---- line 8: the places visited, and the closing rights notice
p.ent("PERSON", "王海荣", line=8)
p.ent("ADMIN", "坎北街道", line=8)
p.ent("ADMIN", "果林村", line=8)
p.ent("ADMIN", "吕滩村", line=8)
p.ent("ADMIN", "正红镇", line=8)
p.ent("ADMIN", "正红村", line=8)
p.ent("ADMIN", "八滩镇", line=8)
p.ent("ADMIN", "东进村", line=8)
p.ent("ADMIN", "东坎街道", line=8)
p.ent("ADMIN", "沙浦村", line=8)
#   政协委员: a role word, no span; 各相关部门: generic
p.ent("ORG", "滨海日报", line=8)                    # (本条新闻版权归滨海日报所有…): a rights notice, no credit span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)   # the page's title, printed again on line 4 (both HEADLINE)
p.block(2, 2, "PAGE")                  # timestamp + 浏览人次: counter
p.block(4, 4, "HEADLINE", article=1)
p.block(5, 5, "SUBHEAD", article=1)    # 王海荣参加: participant line under the title
p.block(7, 8, "BODY", article=1)
p.block(10, 10, "PAGE")                # 扫一扫,手机分享

p.save()
