"""page-3504: 亮点黔西南 (ldqxn.com, 兴义 channel), one township news item: 兴义市雄武乡召开森林防火工作会议,
followed by the channel's list of related links. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3504", "corpus/raw/pages/3504_xingyi_xiongwu_fanghuo.txt",
         publisher="亮点黔西南", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "兴义市", line=1)
p.ent("ADMIN", "雄武乡", line=1)

# ---- line 2: source tag + lead
p.byline("BYLINE", "亮点黔西南讯")                   # a site's source tag, like 本报讯
p.ent("ORG", "亮点黔西南", line=2)                  # the medium named in its source tag
p.ent("ADMIN", "雄武乡", line=2)                    # 做好雄武乡的森林防火工作
p.ent("ADMIN", "兴义市", line=2)
p.ent("ADMIN", "雄武乡", line=2)                    # 兴义市雄武乡召开…
#   乡属各单位, 各村: generic, no span

# ---- line 3
p.ent("ORG", "乡人大", line=3)                      # 乡人大主席 -> ORG + title
p.ent("PERSON", "刘厚江", line=3)
#   各村委会: a generic class of bodies (各), no ORG

# ---- line 4
p.ent("ORG", "乡党委", line=4)                      # 乡党委书记 -> ORG + title
p.ent("PERSON", "韦锐", line=4)
#   预案、预防、预测、预演四项措施 / …五项具体工作: counts in prose (like 六项内容), no slogan
p.byline("CREDIT", "(保常兴 报道)")                 # closing bracket credit; 报道 is the role verb
p.ent("PERSON", "保常兴", line=4)

# ---- lines 5-12: the channel's related links (PAGE); their units keep their spans
p.ent("ORG", "兴仁县巴铃镇纪委", line=5)            # one ORG with every admin prefix attached (§2)
p.ent("ADMIN", "贞丰县", line=6)
p.ent("ADMIN", "沙坪镇", line=6)
p.ent("ADMIN", "兴义市", line=7)                    # 兴义市马岭河峡谷风景区: a scenic area, no span for the area
p.ent("ADMIN", "兴义市", line=8)
p.ent("ADMIN", "兴义", line=9)
p.ent("ADMIN", "坪东街道", line=9)
p.ent("ADMIN", "贞丰县", line=10)
p.ent("ADMIN", "挽澜乡", line=10)
p.ent("ADMIN", "兴义市", line=11)
p.ent("ADMIN", "威舍镇", line=11)
p.ent("ADMIN", "普安县", line=12)
p.ent("ADMIN", "青山镇", line=12)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 4, "BODY", article=1)
p.block(5, 14, "PAGE")             # related links with their timestamps, 频道推荐, 共有0条评论

p.save()
