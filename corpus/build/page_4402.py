"""page-4402: 滁州日报 (滁州网 www.chuzhou.cn, 本网独家 section; the site is 滁州日报社's), 2017-12-28,
one article: 滁州市委副书记许继伟主持召开座谈会. Text as returned by the `pages` store, from its
title (breadcrumb above it left out); the store's last line, a lone 责 (the 责任编辑 line cut off),
was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4402", "corpus/raw/pages/4402_chuzhou_xujiwei_zuotanhui.txt",
         publisher="滁州日报", date="2017-12-28", script="simplified", origin="pages")

# ---- line 1: web title
p.ent("ORG", "滁州市委", line=1)                     # 滁州市委副书记 -> ORG + title
p.ent("PERSON", "许继伟", line=1)

# ---- line 3: deck line
p.ent("PERSON", "许继伟", line=3)
p.ent("ORG", "市人大", line=3)                       # 市人大代表: shortened title keeps the body
p.ent("ORG", "政协", line=3)                         # 政协委员: the city's CPPCC (市 shared)
# ---- line 5: 《政府工作报告》: the document's kind, bare 政府 no span

# ---- line 7: byline + lead
p.byline("BYLINE", "滁州网讯(记者喻 松)", line=7)
p.ent("ORG", "滁州网", line=7)                        # the paper's site as source
p.ent("PERSON", "喻 松", line=7)
p.ent("ORG", "市委", line=7)
p.ent("PERSON", "许继伟", line=7)
p.ent("ORG", "市人大常委会", line=7)                  # 市人大常委会副主任沈中林 (add before the bare 市人大)
p.ent("ORG", "市人大", line=7)                        # 市人大代表
p.ent("ORG", "政协", line=7)
p.ent("PERSON", "沈中林", line=7)
p.ent("ORG", "市政府", line=7)                        # 市政府秘书长焦义朝
p.ent("PERSON", "焦义朝", line=7)

# ---- line 9: nothing named (乡村振兴战略, 《政府工作报告》)

# ---- line 11
p.ent("PERSON", "许继伟", line=11, every=True)        # 2 hits
p.ent("ADMIN", "滁州", line=11, every=True)           # 5 hits: 关心滁州的发展, 切合滁州发展实际, 3 in the quote
p.ent("ORG", "中央", line=11)                         # 体现中央精神和省委、省政府要求: the Centre as issuer
p.ent("ORG", "省委", line=11)
p.ent("ORG", "省政府", line=11)
#   对政府工作的关心支持: generic 政府, no span; 报告起草组: a drafting team named by its task, no ORG
#   “进一步体现…”三点意见: a count of suggestions in prose, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)    # the web page's title
p.block(3, 3, "SUBHEAD", article=1)     # deck line adding facts (who was consulted), decision 1
p.block(5, 5, "SUBHEAD", article=1)     # deck line adding the topic
p.block(7, 11, "BODY", article=1)

p.save()
