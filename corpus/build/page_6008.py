"""page-6008: 册亨县人民政府 (gzch.gov.cn county portal, Guizhou, 政务要闻 > 乡镇动态), URL dated
2025-10-27, one article on 冗渡镇's 感党恩、庆丰收 activity. Text as returned by the `pages`
store: the stored page has no title (it opens with the body), then the portal's review lines
and host lines."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6008", "corpus/raw/pages/6008_ceheng_rongdu_qingfengshou.txt",
         publisher="册亨县人民政府", date="2025-10-27", script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "冗渡镇", line=1)

# ---- line 2: 镇党委、镇政府 (level word + organ: ORG each); 一盘棋, 一条心: no formulas
p.ent("ORG", "镇党委", line=2)
p.ent("ORG", "镇政府", line=2)

# ---- line 3
p.ent("ADMIN", "冗渡镇", line=3)                       # 该镇 later: deictic, no span

# ---- lines 8-10: review lines (PAGE), names PERSON
p.ent("PERSON", "冯 欢", line=8)
p.ent("PERSON", "韦应伍", line=9)
p.ent("PERSON", "韦朝香", line=10)

# ---- line 11: host line (PAGE); the host body ORG, the address's units ADMIN
p.ent("ORG", "册亨县人民政府办公室", line=11)
p.ent("ADMIN", "贵州省", line=11)
p.ent("ADMIN", "黔西南州", line=11)
p.ent("ADMIN", "册亨县", line=11, after="黔西南州")
p.ent("ADMIN", "者楼街道", line=11)
# line 12: 网站标识码, 黔ICP备 (one-character short form: no span)

# ---- blocks
p.block(1, 3, "BODY", article=1)
p.block(8, 10, "PAGE")           # 一审一校 / 二审二校 / 三审三校
p.block(11, 12, "PAGE")          # 主办 / 联系地址, 网站标识码 / ICP

p.save()
