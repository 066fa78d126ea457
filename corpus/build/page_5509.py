"""page-5509: 重庆市南岸区人民政府 (cqna.gov.cn, 政务公开>政府信息公开目录>政府工作报告), 2021-03-23:
the opening of 重庆市南岸区人民政府工作报告 (2021). Text as returned by the `pages` store, from its
title; the portal's search/registration bar and breadcrumb above the title were left out, and the
last paragraph (——创新动能不断增强。… cut off mid-sentence at 科技) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5509", "corpus/raw/pages/5509_nanan_zhengfu_gongzuo_baogao.txt",
         publisher="重庆市南岸区人民政府", date="2021-03-23", script="simplified", origin="pages")

# ---- line 1: the page title (a government inside a work report's title: ORG, page-1604's rule)
p.ent("ORG", "重庆市南岸区人民政府", line=1)
#   lines 2-10: date lines, speech-player and font/share widgets: PAGE, no spans

# ---- line 12: the title printed again
p.ent("ORG", "重庆市南岸区人民政府", line=12)

# ---- line 14: ——2021317日在南岸区第十八届人民代表大会第六次会议上 (SUBHEAD)
p.ent("ORG", "南岸区第十八届人民代表大会", line=14)   # congress with its term; the session stays outside

# ---- line 16: the speaker line under the title (decision 8)
p.byline("BYLINE", "重庆市南岸区人民政府区长陈一清")
p.ent("ORG", "重庆市南岸区人民政府", line=16)
p.ent("PERSON", "陈一清", line=16)

# ---- line 20
p.ent("ORG", "南岸区人民政府", line=20)
#   各位政协委员: a title of members, no ORG

# ---- line 22: numbered heading
p.slogan("PLAN", "十三五", line=22)

# ---- line 24
p.slogan("PLAN", "十三五", line=24, nth=1)
p.ent("ADMIN", "南岸", line=24, before="发展进程")
p.ent("PERSON", "习近平", line=24)
p.ent("ORG", "市委", line=24)
p.ent("ORG", "市政府", line=24)
p.ent("ORG", "区委", line=24)
p.slogan("GROUP", "三大攻坚战", line=24)        # items not spelled out on the page: no expansion
p.slogan("COUNT", "八项行动计划", line=24)      # N项 + content, quoted whole
p.ent("ADMIN", "南岸", line=24, after="推动")
p.slogan("PLAN", "十三五", line=24, after="事业")

# ---- line 26
p.slogan("PLAN", "十二五", line=26)
p.ent("ADMIN", "重庆经开区", line=26)            # city short form + zone word: one ADMIN

# ---- line 28
p.slogan("GROUP", "三大攻坚战", line=28)
p.ent("ADMIN", "丰都县", line=28)
p.ent("ADMIN", "石柱县", line=28)
#   南山, 明月山: mountains, no span
p.ent("ADMIN", "南岸", line=28)                 # 平安南岸: a unit inside a campaign name (decision 2)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 10, "PAGE")
p.block(12, 12, "HEADLINE", article=1)
p.block(14, 14, "SUBHEAD", article=1)
p.block(16, 16, "BYLINE", article=1)
p.block(18, 20, "BODY", article=1)
p.block(22, 22, "CROSSHEAD", article=1)
p.block(24, 28, "BODY", article=1)

p.save()
