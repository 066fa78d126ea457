import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1606", "corpus/raw/pages/1606_hongan_changxingcun.txt",
         publisher="黄冈新闻网", date="2018-01-19", script="simplified", origin="pages")

# line 1: title with the source tag 【黄冈新闻网】 printed on it (kept in the HEADLINE block, no byline span)
p.ent("ORG", "黄冈新闻网", line=1)
p.ent("ADMIN", "长兴村", line=1)
# line 3: unlabelled web meta line: date outside, one BYLINE span per credit (source, author)
p.byline("BYLINE", "黄冈新闻网", line=3)
p.byline("BYLINE", "秦遥", line=3)
p.ent("ORG", "黄冈新闻网", line=3)
p.ent("PERSON", "秦遥", line=3)
# line 5: byline under the title
p.byline("BYLINE", "通讯员秦遥", line=5)
p.ent("PERSON", "秦遥", line=5)
# line 7
p.ent("ADMIN", "中国", line=7)          # inside the epithet 中国第一将军县 (decision 2)
p.ent("ADMIN", "红安县", line=7, every=True)  # 红安县的…, 红安县杏花乡, 红安县城 (X县城 -> X县)
p.ent("ADMIN", "杏花乡", line=7)
p.ent("ADMIN", "长兴村", line=7)
# line 9
p.ent("ADMIN", "长兴村", line=9)
# line 11
p.ent("ADMIN", "中国", line=11)         # 中国的版图上: the country as a place
p.ent("ADMIN", "长兴村", line=11)
p.ent("ADMIN", "湖北省", line=11)
p.ent("ORG", "村支部", line=11)         # 村支部书记 = this village's Party branch (decision 5, contracted title)
p.ent("PERSON", "秦基厚", line=11)
p.ent("ORG", "县委", line=11)           # 县委委员 -> 县委
# line 13: reduplicated counts (一排一排, 一条一条 …) are manners, not formulas

p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 13, "BODY", article=1)
p.save()
