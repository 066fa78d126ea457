"""page-4305: 城口县人民政府 (cqck.gov.cn, 政务信息>城口动态), 2023-02-08, one article:
【聚焦2023城口两会】县十八届人大三次会议开幕. Text as returned by the `pages` store, from its
title (the breadcrumb above it left out); its last paragraph, a photo caption cut off
mid-sentence (…这是县委副书记、县长董奕锋代表), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4305", "corpus/raw/pages/4305_chengkou_renda_kaimu.txt",
         publisher="城口县人民政府", date="2023-02-08", script="simplified", origin="pages")

# ---- line 1: page title with its series banner
p.ent("ADMIN", "城口", line=1)                       # 聚焦2023城口两会: unit inside a campaign name (decision 2)
p.ent("ORG", "县十八届人大", line=1)                  # a congress of a numbered term is one ORG; 三次会议 = the event

# ---- line 5: the article's own title (title printed twice: HEADLINE both times)
p.ent("ORG", "县十八届人大", line=5)

# ---- line 7/9: subheads
p.ent("PERSON", "张继军", line=7)
p.ent("PERSON", "董奕锋", line=7)
p.ent("ORG", "县政府", line=7)                        # 县政府工作报告: organ inside the report's title (page-1604 rule)
p.ent("PERSON", "滕远东", line=9)
p.ent("PERSON", "何国兵", line=9)

# ---- line 12: lead
p.ent("ORG", "城口县第十八届人民代表大会", line=12)
p.ent("ORG", "县委", line=12)                         # 县委大礼堂: the organ owning the hall; the hall itself no span

# ---- line 14: photo caption
p.ent("ORG", "城口县第十八届人民代表大会", line=14)
p.ent("ORG", "县委", line=14)
p.byline("PHOTO", "记者 张芝鑫 摄", line=14)
p.ent("PERSON", "张芝鑫", line=14)

# ---- line 16: the session's executive chairs
for name in ["张继军", "滕远东", "袁开勇", "陈钧", "陈杰", "施玉普", "王晓娥", "王成元",
             "胡友谊", "王晓斌", "江鹏", "吴婧", "符美森"]:
    p.ent("PERSON", name, line=16)

# ---- line 18, 20
p.ent("PERSON", "滕远东", line=18)
p.ent("PERSON", "董奕锋", line=20)
p.ent("PERSON", "何国兵", line=20)
#   大会主席团 (the session's presidium named by kind only): no span

# ---- line 24: guiding principles
p.ent("PERSON", "习近平", line=24, nth=1)             # 习近平新时代中国特色社会主义思想
p.slogan("COUNT", "两个确立", line=24)
p.slogan("COUNT", "四个意识", line=24)
p.slogan("COUNT", "四个自信", line=24)
p.slogan("COUNT", "两个维护", line=24)
p.slogan("PARALLEL", "五位一体", line=24)              # N位一体: PARALLEL (rules, session 9/11)
p.slogan("COUNT", "四个全面", line=24)
p.ent("ORG", "中共城口县委", line=24)
p.ent("PERSON", "习近平", line=24)                    # 习近平总书记殷殷嘱托
p.ent("ADMIN", "城口", line=24)                       # 现代化新城口

# ---- line 26: photo caption
p.ent("ADMIN", "中华人民共和国", line=26)              # 中华人民共和国国歌: the state named in the anthem's name
p.byline("PHOTO", "记者 王雪梅 摄", line=26)
p.ent("PERSON", "王雪梅", line=26)

# ---- line 28
p.ent("PERSON", "滕远东", line=28)
p.ent("ADMIN", "中华人民共和国", line=28)
p.ent("PERSON", "董奕锋", line=28)
p.ent("ORG", "县人民政府", line=28)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                  # 日期:2023-02-08 (date-only meta line)
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 9, "SUBHEAD", article=1)    # two lines, split by the blank line into two blocks
p.block(12, 12, "BODY", article=1)
p.block(14, 14, "CAPTION", article=1)
p.block(16, 24, "BODY", article=1)
p.block(26, 26, "CAPTION", article=1)
p.block(28, 28, "BODY", article=1)

p.save()
