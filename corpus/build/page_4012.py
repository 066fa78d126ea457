"""page-4012: 中国吉林网 (cnjiwang.com, 白山站 > 要闻), 2026-03-05, one article:
白山市“学雷锋·文明实践我行动”主题活动深入开展. Text as returned by the `pages` store, from
the page title; the last paragraph (长白县文明办…) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4012", "corpus/raw/pages/4012_baishan_xueleifeng.txt",
         publisher="中国吉林网", date="2026-03-05", script="simplified", origin="pages")

# ---- lines 1-2: the page title printed twice with channel, name and id appended
for ln in (1, 2):
    p.ent("ADMIN", "白山市", line=ln)
    p.ent("PERSON", "雷锋", line=ln)            # 学雷锋: the person inside the campaign name
    p.ent("ADMIN", "白山", line=ln)             # 白山站: the site's city channel, no ORG
    p.ent("PERSON", "王金顺", line=ln)          # name in the title tag (author/editor), no label

# ---- line 3: breadcrumb
p.ent("ADMIN", "白山", line=3)

# ---- line 5: headline
p.ent("ADMIN", "白山市", line=5)
p.ent("PERSON", "雷锋", line=5)

# ---- line 7: time + source
p.byline("BYLINE", "来源: 中国吉林网", line=7)
p.ent("ORG", "中国吉林网", line=7)

# ---- line 9
p.ent("PERSON", "雷锋", line=9)                 # 新时代雷锋精神
p.ent("ADMIN", "白山市", line=9)
p.ent("PERSON", "雷锋", line=9)                 # “学雷锋·文明实践我行动”

# ---- line 11
p.ent("ORG", "抚松县新时代文明实践中心", line=11)   # named with its county prefix
p.ent("ADMIN", "露水河镇", line=11)             # 露水河镇西山社区实践站: a station, a venue
p.ent("ADMIN", "西山社区", line=11)
p.ent("PERSON", "雷锋", line=11)                # 学雷锋系列活动
p.ent("ADMIN", "吉林", line=11)                 # “吉林好人”: an honour's name
p.ent("PERSON", "杜来成", line=11)
p.ent("PERSON", "雷锋", line=11)                # 雷锋精神
p.ent("ORG", "露水河镇中学", line=11)           # a school
p.ent("ADMIN", "西山社区", line=11)             # 西山社区推出…服务

# ---- line 13
p.ent("ORG", "江源区文明办", line=13)
p.ent("PERSON", "雷锋", line=13)                # 雷锋主题情景剧

# ---- line 15
p.ent("ORG", "临江市文明办", line=15)
p.ent("ORG", "光华中学", line=15)
p.ent("ADMIN", "临江", line=15)                 # 四保临江烈士陵园: a site; the battle's place
p.ent("PERSON", "雷锋", line=15)

# ---- line 17
p.ent("ADMIN", "靖宇县", line=17)
p.ent("PERSON", "雷锋", line=17)

# ---- blocks
p.block(1, 2, "HEADLINE", article=1)    # a web page's title printed again is a HEADLINE
p.block(3, 3, "PAGE")                    # breadcrumb
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)       # timestamp + 来源 (decision 12)
for ln in (9, 11, 13, 15, 17):
    p.block(ln, ln, "BODY", article=1)

p.save()
