"""page-4703: 东方今报 (大象新闻 / 猛犸新闻, 河南广播电视台; page on mapubweb.hntv.tv), 2022-06-10,
one article: 汝州夏店镇召开座谈会 助力乡村振兴. Text as returned by the `pages` store, from its title;
the last paragraph (“前人栽树……”夏店镇镇长王磊) was cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4703", "corpus/raw/pages/4703_ruzhou_xiadian_xiangcun.txt",
         publisher="东方今报", date="2022-06-10", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "汝州", line=1)
p.ent("ADMIN", "夏店镇", line=1)

# ---- line 3: the medium with its timestamp (the page's source line)
p.ent("ORG", "猛犸新闻", line=3)
p.byline("BYLINE", "猛犸新闻", line=3)

# ---- line 5: byline under the title
p.byline("BYLINE", "大象新闻•东方今报记者 杨选举 通讯员 平党申/文图", line=5)
p.ent("ORG", "大象新闻", line=5)
p.ent("ORG", "东方今报", line=5)
p.ent("PERSON", "杨选举", line=5)
p.ent("PERSON", "平党申", line=5)

# ---- line 7
p.ent("ADMIN", "汝州市", line=7)
p.ent("ADMIN", "夏店镇", line=7, nth=1)
#   “建乡30周年撤乡建镇5周年”: anniversaries, no formula
p.ent("ADMIN", "夏店", line=7, after="曾在")          # 曾在夏店工作过: bare name of the unit
p.ent("ADMIN", "夏店镇", line=7, after="领导为")
p.ent("ADMIN", "夏店镇", line=7, after="支招,助力")

# ---- line 9
p.ent("ADMIN", "夏店镇", line=9)
p.ent("ORG", "郏县县委", line=9)                       # 郏县县委常委: contracted title keeps the organ
p.ent("ORG", "政法委", line=9)                         # 政法委书记: the county's 政法委
p.ent("PERSON", "张平怀", line=9, nth=1)
p.ent("ORG", "夏店乡党委", line=9)                     # (曾任夏店乡党委书记)
p.ent("PERSON", "张平怀", line=9, after="2011年4月")
p.ent("ADMIN", "夏店", line=9, after="张平怀为")
p.ent("ADMIN", "夏店镇", line=9, after="他希望")

# ---- line 11
p.ent("ORG", "汝州市人大", line=11)                    # 汝州市人大副主任
p.ent("PERSON", "杜占广", line=11, nth=1)
p.ent("ADMIN", "夏店乡", line=11, nth=1)               # (曾任夏店乡乡长): 乡长 is a title
p.ent("ADMIN", "夏店乡", line=11, after="乡长)为")
p.ent("PERSON", "杜占广", line=11, after="2007年4月")
#   关湾线, 县道关湾线: a road, no span
p.ent("ADMIN", "夏店镇", line=11)

# ---- line 13
p.ent("ADMIN", "夏店镇", line=13, nth=1)              # 使夏店镇发生巨变
p.ent("ADMIN", "夏店", line=13, after="作为")          # 夏店人: the place is its short form
p.ent("ORG", "汝州市政府党组", line=13)                # 汝州市政府党组成员 (党组 kept inside, corpus majority)
p.ent("PERSON", "鲁武国", line=13, nth=1)
p.ent("PERSON", "鲁武国", line=13, after="心里话。")
p.ent("ADMIN", "夏店镇", line=13, after="鲁武国是")
p.ent("ADMIN", "鲁张村", line=13)
p.ent("ADMIN", "夏店", line=13, after="时刻关注")
p.ent("ADMIN", "夏店镇", line=13, after="他希望")
p.ent("ADMIN", "郑州", line=13)                        # 郑州--洛阳--平顶山产业金三角: units inside a plan's name
p.ent("ADMIN", "洛阳", line=13)
p.ent("ADMIN", "平顶山", line=13)
p.ent("ORG", "中国平煤神马集团夏店煤矿", line=13)      # the group's mine, one ORG with its parent

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # 猛犸新闻 2022-06-10 11:20:16: medium with its timestamp
p.block(5, 5, "BYLINE", article=1)
p.block(7, 13, "BODY", article=1)

p.save()
