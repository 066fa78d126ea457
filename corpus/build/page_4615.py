"""page-4615: 宜蘭新聞網 (travelnews.tw, a Yilan county news site), one article from the
宜蘭縣議會 105年(2016) 18屆第四次定期大會 series: 宜縣議會議事新增投影功能 黃定和率先使用.
Text as returned by the `pages` store, from its title (the ticker line above the title left out);
the last related-link title, cut off mid-phrase (擅長營造溫馨感), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4615", "corpus/raw/pages/4615_yilan_council_touying.txt",
         publisher="宜蘭新聞網", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "宜縣議會", line=1)                 # 宜縣 = 宜蘭縣; the council, one ORG
p.ent("PERSON", "黃定和", line=1)

# ---- line 3: byline
p.byline("BYLINE", "記者趙奇濤/宜蘭報導")
p.ent("PERSON", "趙奇濤", line=3)
p.ent("ADMIN", "宜蘭", line=3)                   # place in the dateline (decision 12)

# ---- line 5
p.ent("ORG", "宜蘭縣議會", line=5)
p.ent("PERSON", "黃定和", line=5)
p.ent("PERSON", "江碧華", line=5)
#   政府官員: generic, no span

# ---- line 7: related-news link (PAGE); the council inside the session's name is ORG
p.ent("ORG", "宜蘭縣議會", line=7)

# ---- line 9
p.ent("PERSON", "黃定和", line=9)
#   黃議員 (surname + title), 主席: no PERSON

# ---- line 11
p.ent("ORG", "農業處", line=11)                  # the county's 農業處 acting (decision 13)
#   各鄉鎮市公所: generic class, no span
p.ent("ADMIN", "五結鄉", line=11)                # 中里路: a road, no span
p.ent("ORG", "縣府", line=11)

# ---- lines 15, 17: photo captions (printed twice); line 19
p.ent("PERSON", "江碧華", line=15)
p.ent("PERSON", "江碧華", line=17)
p.ent("PERSON", "江碧華", line=19)

# ---- line 21: related-news link again
p.ent("ORG", "宜蘭縣議會", line=21)

# ---- site furniture
p.ent("ORG", "宜蘭新聞網", line=33)              # the site named in its rights line
p.ent("ADMIN", "宜蘭", line=37)                  # 宜蘭四季皆有活動 (a banner): the county
p.ent("ORG", "海巡署宜蘭查緝隊", line=47)         # a sub-unit written after its organ: one ORG
p.ent("ADMIN", "宜縣", line=49)                  # 宜縣消防: the county, 消防 a field
p.ent("ADMIN", "羅東", line=51)                  # 羅東城鎮之心 (a project): the township
#   鎮公所重建: the building being rebuilt, no ORG; 代表會: bare body type, no span
p.ent("PERSON", "李錫欽", line=51)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")                # ►更多「…定期大會」新聞請點 (link to a series page)
p.block(9, 13, "BODY", article=1)
p.block(15, 17, "CAPTION", article=1)
p.block(19, 19, "BODY", article=1)
p.block(21, 21, "PAGE")
p.block(23, 31, "PAGE")              # 廣告託播 and travel ads
p.block(33, 35, "PAGE")              # rights line, contribution address
p.block(37, 53, "PAGE")              # banner, 廣告, 相信你也會想看 / 歷史上的今天 and link titles

p.save()
