"""page-4914: 江海晚报 (南通日报社; e-paper at zgnt.net/jhwbszb, issue of 2020-12-01 by its url, no date
printed on the stored page), one article: 崇川区人大常委会主任曹金海 visits 新城桥街道. The stored
text opens with the source tag (the e-paper page's title line is not in the store) and ends with
the reporter's credit; nothing was cut."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4914", "corpus/raw/pages/4914_jianghai_xinchengqiao_renda.txt",
         publisher="江海晚报", date=None, script="simplified", origin="pages")

# ---- line 1
p.byline("BYLINE", "晚报讯", line=1)                # the paper's own tag (晚报 = this paper, like 本报: no ORG)
p.ent("ORG", "崇川区人大常委会", line=1)
p.ent("PERSON", "曹金海", line=1)
p.ent("ADMIN", "新城桥街道", line=1)
p.ent("PERSON", "曹金海", line=1)                   # 曹金海一行
p.ent("ADMIN", "朝晖社区", line=1)
p.ent("ORG", "南通测绘院有限公司", line=1)
p.ent("ORG", "建工集团", line=1)                    # short form of a named enterprise

# ---- line 2
p.ent("PERSON", "曹金海", line=2, every=True)       # three times: 听取, 指出, 强调
p.ent("ADMIN", "新城桥街道", line=2, every=True)    # twice: …作出了重要贡献; …楼宇经济
p.ent("ADMIN", "崇川", line=2, every=True)          # twice: 崇川经济社会发展, 崇川经济发展 (the district)
#   虹桥路, 青年路: roads, no span
p.slogan("ONE", "一条龙", line=2)                   # 提供一条龙服务 (decision 15: 一條龍 is ONE)

# ---- line 3
p.ent("PERSON", "曹金海", line=3)
#   冲在一线, 干在实处: prose
p.byline("CREDIT", "马达", line=3)                  # names-only credit run on after the last sentence
p.ent("PERSON", "马达", line=3)

# ---- blocks
p.block(1, 3, "BODY", article=1)

p.save()
