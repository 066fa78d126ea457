"""page-3812: 阿克苏日报 (aksrb.cn e-paper, 阿克苏日报社出版), 2020-10-13, one article:
欢腾的托什干河. Text as returned by the `pages` store, from its title (the e-paper masthead
and date lines above it are left out); the last paragraph (为养活3个孩子,阿依夏…, cut off
mid-sentence in the store) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3812", "corpus/raw/pages/3812_aksu_wushi_tuopin.txt",
         publisher="阿克苏日报", date="2020-10-13", script="simplified", origin="pages")

# ---- line 1: title (托什干河: a river, no span)

# ---- line 3: byline under the title
p.byline("BYLINE", "文/图 郭爱成 通讯员 热孜万古丽·买买提", line=3)
p.ent("PERSON", "郭爱成", line=3)
p.ent("PERSON", "热孜万古丽·买买提", line=3)

# ---- line 5
p.ent("ORG", "自治区人民政府", line=5)           # issues the 公告: the region's government
p.ent("ADMIN", "乌什县", line=5, every=True)      # 2x

# ---- line 7 (塔里木盆地, 天山南脉, 托什干河: natural places, no span)
p.ent("ADMIN", "阿克苏地区", line=7)
p.ent("ADMIN", "乌什县", line=7)

# ---- line 9 (党的十八大: a congress, no span; 党和政府: generic)
p.ent("ADMIN", "乌什县", line=9)

# ---- lines 15, 17
p.ent("ADMIN", "乌什县", line=15)
p.ent("ADMIN", "乌什县", line=17)                 # 全县: level word, no span

# ---- line 21
p.ent("PERSON", "穆太力普·艾力", line=21, every=True)   # 2x
p.ent("ADMIN", "阿克托海乡", line=21)
p.ent("ADMIN", "苏依提喀村", line=21)

# ---- line 23
p.ent("PERSON", "穆太力普·艾力", line=23, every=True)   # 2x

# ---- line 25
p.ent("PERSON", "阿依夏木古丽·玉山", line=25)
p.ent("ADMIN", "乌什镇", line=25)
p.ent("ADMIN", "喀赞村", line=25)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)   # 脱贫·渴望: a section heading inside the feature
p.block(15, 25, "BODY", article=1)

p.save()
