"""page-1415: 米脂新闻网 (xmz.gov.cn, 米脂县, 陕西), 2019-12-16, one article reprinted from 榆林日报.

The stored page keeps the title on line 1 and the meta line, byline and all paragraphs on
one line (paragraphs separated by a space); its last paragraph (在距离申家沟村不远的王坪村…)
was cut off mid-sentence in the store and was dropped.
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1415", "corpus/raw/pages/1415_mizhi_yicunyipin.txt",
         publisher="米脂新闻网", date="2019-12-16", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---------------------------------------------------------------- line 1: headline
p.ent("ADMIN", "米脂县", line=1)
p.slogan("PER_UNIT", "一村一品", line=1)          # not spelled out: no expansion

# ---------------------------------------------------------------- line 2: meta + byline + body
p.byline("BYLINE", "来源:榆林日报", line=2)       # labelled source credit (decision 12)
p.ent("ORG", "榆林日报", line=2)
# 作者: (empty label) and 时间:2019-12-16 14:41 (timestamp): no span
p.byline("BYLINE", "本报记者杨晓慧 通讯员刘于嘉", line=2)
p.ent("PERSON", "杨晓慧")
p.ent("PERSON", "刘于嘉")
# 米脂县桃镇申家沟村村民张萍芬
p.ent("ADMIN", "米脂县", after="能卖2万多元")
p.ent("ADMIN", "桃镇", after="能卖2万多元")
p.ent("ADMIN", "申家沟村", after="能卖2万多元")
p.ent("PERSON", "张萍芬")
p.ent("ADMIN", "申家沟村", after="初冬")                 # 申家沟村却热闹非凡
p.ent("ADMIN", "申家沟村", after="乡村乐章")             # 申家沟村距离米脂县城
p.ent("ADMIN", "米脂县", after="申家沟村距离")           # 米脂县城: the county named in its town
p.ent("ORG", "申家沟村村委会", after="据")               # 申家沟村村委会主任 (contracted title)
p.ent("PERSON", "申建锁")
p.ent("ADMIN", "申家沟村", after="通过政府引导")         # 申家沟村的谷子种植面积
p.ent("ORG", "村两委", after="共同致富")                # 村两委班子 = 申家沟村's committees (decision 5)
# 村支书申善武: contracted title, the organ (村党支部) is not a contiguous string -> PERSON only
p.ent("PERSON", "申善武")
p.ent("ADMIN", "申家沟村", after="今年10月")
p.ent("ORG", "农业农村部")
p.slogan("PER_UNIT", "一村一品", after="全国")            # 全国一村一品示范村
p.ent("ADMIN", "米脂县", after="示范村。")
p.slogan("PER_UNIT", "一村一品", after="米脂县把")
p.slogan("PER_UNIT", "一村一品", after="全县")
p.ent("ADMIN", "米脂县", after="特色产业时")
p.slogan("PARALLEL", "一红一黄", expansion=["山地苹果", "小米"])

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BODY", article=1)     # meta line, byline and body share one stored line

p.save()
