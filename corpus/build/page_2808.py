"""page-2808: 豫都网 (河南新闻网-豫都网, xuchang.yuduxx.com, 襄城 channel), 2017-03-10, one article:
the county's Party secretary and county head inspect village environment work in 茨沟乡.
Text as returned by the `pages` store; the store's opening has no title line above the date line;
the last disclaimer item (cut off mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2808", "corpus/raw/pages/2808_xiangcheng_cigou_renju.txt",
         publisher="豫都网", date="2017-03-10", script="simplified", origin="pages")

# ---- line 2: the title-like line at the top of the stored page
p.ent("ORG", "县委", line=2)
p.ent("PERSON", "何天立", line=2)
p.ent("PERSON", "李成", line=2)                      # 县长: title
p.ent("ADMIN", "茨沟乡", line=2)
p.ent("ADMIN", "小孙村", line=2)
p.ent("ADMIN", "张庄村", line=2)

# ---- line 3
p.ent("ORG", "县委", line=3)
p.ent("PERSON", "何天立", line=3)
p.ent("PERSON", "李成", line=3)
p.ent("ADMIN", "茨沟乡", line=3)
p.ent("ADMIN", "小孙村", line=3)
p.ent("ADMIN", "张庄村", line=3)

# ---- line 4
p.ent("ADMIN", "小孙村", line=4)                     # 小孙村观摩点: unit inside a site (decision 2)
p.ent("ORG", "乡党委", line=4, nth=1)                # 乡党委书记 (level word + organ)
p.ent("PERSON", "乔亚强", line=4)
#   何书记, 李县长, 乔书记: surname + title, no PERSON
p.ent("ORG", "茨沟乡党委", line=4)                   # 茨沟乡党委、政府: bare 政府 no span (糜镇党委政府)
p.ent("ORG", "县委", line=4)
p.ent("ORG", "县政府", line=4)

# ---- line 5
p.ent("ADMIN", "茨沟乡", line=5)
p.ent("ORG", "土地部门", line=5)                     # one specific body acting (确认整治), like 縣農機部門

# ---- line 6
p.ent("ADMIN", "茨沟乡", line=6)                     # 该乡: deictic, no span

# ---- line 7: the site's reprint notice (title in 《》), furniture
p.ent("ORG", "县委", line=7)
p.ent("PERSON", "何天立", line=7)
p.ent("PERSON", "李成", line=7)
p.ent("ADMIN", "茨沟乡", line=7)
p.ent("ORG", "河南新闻网", line=7)
p.ent("ORG", "豫都网", line=7)

# ---- lines 8-9: disclaimer
p.ent("ORG", "豫都网", line=8)
p.ent("ORG", "豫都网", line=9)                       # 本网: never ORG

# ---- blocks
p.block(1, 1, "PAGE")                   # 发布时间:… 我要投稿: date-only meta line + button
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 6, "BODY", article=1)
p.block(7, 9, "PAGE")                   # reprint notice and disclaimer

p.save()
