"""page-2403: 嵊州市人民政府 (szzj.gov.cn, 浙江), 2017-03-28: a document page of the city's open-government
section, 关于认真做好城南新区(三江街道)村和社区组织换届选举工作的实施意见. Text as returned by the
`pages` store, from its first line; the last paragraph (cut mid-word: …再村(居)务监) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2403", "corpus/raw/pages/2403_shengzhou_chengnan_huanjie.txt",
         publisher="嵊州市人民政府", date="2017-03-28", script="simplified", origin="pages")

# ---- line 1: the site's banner (PAGE); the government is an organisation
p.ent("ORG", "嵊州市人民政府", line=1)

# ---- line 5: open-government field 发布机构 -> BYLINE (a zone and its sub-district, both units)
p.byline("BYLINE", "发布机构: 城南新区(三江街道)", line=5)
p.ent("ADMIN", "城南新区", line=5)
p.ent("ADMIN", "三江街道", line=5)

# ---- line 8: headline
p.ent("ADMIN", "城南新区", line=8)
p.ent("ADMIN", "三江街道", line=8)

# ---- line 10: meta line with a labelled source -> BYLINE span on 信息来源:嵊州市, timestamps outside
p.byline("BYLINE", "信息来源:嵊州市", line=10)
p.ent("ADMIN", "嵊州市", line=10)

# ---- line 13: addressees (各片、办、局、中心 …): generic, no spans
# ---- line 15
p.ent("ADMIN", "城南新区", line=15)
p.ent("ADMIN", "三江街道", line=15)
#   村(居)民委员会, 村股份经济合作社, 基层党组织: kinds of bodies, no ORG; 我新区: deictic

# ---- line 19
p.ent("PERSON", "邓小平", line=19)                  # 邓小平理论: a real person inside an ideology name
p.slogan("COUNT", "三个代表", line=19)
p.ent("PERSON", "习近平", line=19)
p.ent("ORG", "省委", line=19)                       # 省委十三届十次全会: the organ inside a meeting name
p.ent("ADMIN", "绍兴市", line=19)                   # 绍兴市第八次党代会: unit inside an event name
p.slogan("PARALLEL", "两学一做", line=19)
p.slogan("GROUP", "八大战役", line=19)              # the city's campaign of eight battles (items not listed)
#   嵊新大城市核心区: 嵊新 fuses two one-character short forms (嵊州+新昌): no ADMIN
p.slogan("COUNT", "三个城南", line=19)
p.ent("ADMIN", "城南", line=19, after="三个")       # 城南 = 城南新区, a unit inside the formula

# ---- blocks
p.block(1, 1, "PAGE")          # site banner
p.block(2, 3, "PAGE")          # breadcrumb
p.block(4, 4, "PAGE")          # 索引号 / 主题分类
p.block(5, 5, "BYLINE", article=1)   # 发布机构 (with 公开日期 outside the span)
p.block(6, 6, "PAGE")          # 有效性 / 发文字号
p.block(8, 8, "HEADLINE", article=1)
p.block(10, 10, "BYLINE", article=1) # 发布日期 … 信息来源:嵊州市
p.block(11, 11, "PAGE")        # 分享:
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "CROSSHEAD", article=1)
p.block(19, 19, "BODY", article=1)
p.block(21, 21, "CROSSHEAD", article=1)

p.save()
