"""page-3209: 宜城市融媒体中心 (云上宜城, yicheng.cjyun.org on the 长江云 platform), 湖北 襄阳 宜城市,
one article: 武义泉:加快教育强市建设 办好人民满意的教育 (2025年市委教育工作领导小组第一次会议, 4月9日).
Text as returned by the `pages` store, from its title; its last paragraph (就贯彻落实会议精神,肖平要求,…
把工作摆进) was cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3209", "corpus/raw/pages/3209_yicheng_jiaoyu_lingdao_xiaozu.txt",
         publisher="宜城市融媒体中心", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "武义泉", line=1)

# ---- line 4: byline run into the first paragraph
p.byline("BYLINE", "记者周波 李勤 通讯员刘通报道", line=4)   # 报道 closes the credit; the colon stays outside
p.ent("PERSON", "周波", line=4)
p.ent("PERSON", "李勤", line=4)
p.ent("PERSON", "刘通", line=4)                       # 刘通 in 刘通报道: the verb 报道 is no part of the name
p.ent("ORG", "市委教育工作领导小组", line=4)            # the meeting (第一次会议) stays outside
#   人民会堂三楼会议室: a venue, no span
p.ent("PERSON", "习近平", line=4)
p.ent("ORG", "中央", line=4)                           # 落实中央决策部署和省、襄阳市…要求: 中央 issuing
p.ent("ADMIN", "襄阳市", line=4)
p.ent("ORG", "市委", line=4, after="襄阳市")             # 市委书记武义泉
p.ent("PERSON", "武义泉", line=4)
p.ent("ORG", "市委", line=4, after="武义泉")             # 市委副书记、市长肖平
p.ent("PERSON", "肖平", line=4)

# ---- line 6: photo caption (会议现场) -- no entity
# ---- line 8
p.ent("PERSON", "武义泉", line=8)
# ---- line 10: photo caption
p.ent("ORG", "市委", line=10)
p.ent("PERSON", "武义泉", line=10)
# ---- line 12
p.ent("PERSON", "武义泉", line=12)
p.ent("ADMIN", "宜城", line=12, nth=1)                  # 推动宜城教育事业
p.ent("ADMIN", "宜城", line=12, nth=1)                  # 中国式现代化宜城篇章 (no ADMIN 中国: fixed term)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "CAPTION", article=1)     # caption under a picture the store dropped
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "CAPTION", article=1)
p.block(12, 12, "BODY", article=1)

p.save()
