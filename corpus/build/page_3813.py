"""page-3813: 海南日报 (news.hndaily.cn, 2011-08-04), one article on the town Party committee
election of 石山镇 (海口市秀英区). Text as returned by the `pages` store; the stored page has no
title (it opens with the 本报…讯 byline); table pipes '|' before and after the text stripped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3813", "corpus/raw/pages/3813_hndaily_shishan_huanjie.txt",
         publisher="海南日报", date="2011-08-04", script="simplified", origin="pages")

# ---- line 1: byline + opening quote
p.byline("BYLINE", "本报海口8月3日讯 (记者李冰 通讯员吴升娇 吴彭保)")
p.ent("ADMIN", "海口", line=1)                       # dateline unit inside the source tag
p.ent("PERSON", "李冰", line=1)
p.ent("PERSON", "吴升娇", line=1)
p.ent("PERSON", "吴彭保", line=1)
p.ent("ADMIN", "石山镇", line=1)                      # 石山镇属火山岩地区
p.ent("ADMIN", "石山镇", line=1)                      # 作为石山镇分管组织工作的党委委员 (bare 党委委员: title)
p.ent("ADMIN", "石山镇", line=1)                      # 为石山镇的各项经济建设
p.ent("ORG", "海口市秀英区石山镇党委", line=1)          # 当选为…党委委员: contracted title keeps the organ, prefix inside
p.ent("PERSON", "冯宁", line=1)

# ---- line 2
p.ent("ADMIN", "海口市", line=2)
p.ent("ADMIN", "秀英区", line=2)
p.ent("ADMIN", "石山镇", line=2)
p.ent("ORG", "镇党委", line=2)                        # 该镇的新一届镇党委 (该 deictic, outside)
p.ent("ORG", "纪委", line=2)                          # 镇党委和纪委班子: the town's 纪委 (decision 13)
p.ent("ADMIN", "秀英区", line=2, after="纪委班子")      # 出席秀英区党代会: 党代会 is an event
p.ent("ADMIN", "秀英区", line=2, after="标志着")
p.ent("ADMIN", "石山镇", line=2, after="更令")
#   镇党委换届 (last clause): 镇党委 in general (the first town in the province to finish), no span

# ---- line 3
p.ent("ADMIN", "海口市", line=3)
p.ent("ADMIN", "秀英区", line=3)
p.ent("ORG", "中央", line=3)                          # 中央提出的…要求: acting
p.slogan("PARALLEL", "5个严禁、17个不准、5个一律")       # one set of 换届纪律 rules, quoted together
#   一号工程: a ranking ("number one project"), no formula; 该区 deictic

# ---- line 4
p.ent("ORG", "秀英区委组织部", line=4)
p.ent("PERSON", "潘善武", line=4)
p.ent("ADMIN", "秀英区", line=4)                      # 近年来秀英区十分注重

# ---- line 5
p.ent("PERSON", "冯宁", line=5)

# ---- line 6
p.ent("ADMIN", "石山镇", line=6)
p.ent("ADMIN", "秀英区", line=6)
p.ent("ADMIN", "海口市", line=6)

# ---- blocks
p.block(1, 6, "BODY", article=1)

if "--show" in sys.argv:
    p.show()
else:
    p.save()
