"""page-2401: 巫山网 (wushannews.com, 巫山新闻 section; the news site of 重庆市巫山县, run by the
county media centre), 2021-05-25, one article: 携手唱好“双城记”!云阳县党政代表团来巫山考察.
Text as returned by the `pages` store, from its first line; last (cut-off) paragraph dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2401", "corpus/raw/pages/2401_wushan_yunyang_kaocha.txt",
         publisher="巫山网", date="2021-05-25", script="simplified", origin="pages")

# ---- line 2: breadcrumb (PAGE)
p.ent("ORG", "巫山网", line=2)                      # the county's news site (medium / organ's web site)
p.ent("ADMIN", "巫山", line=2, after="巫山网")       # section 巫山新闻: unit inside a section name (decision 2)

# ---- line 3: headline
p.slogan("GROUP", "双城记", line=3)                 # 唱好“双城记”: 成渝 twin-city formula (双 + category)
p.ent("ADMIN", "云阳县", line=3)                    # 云阳县党政代表团: a delegation is no ORG
p.ent("ADMIN", "巫山", line=3)

# ---- line 7: byline
p.byline("BYLINE", "记者 卢先庆 鲁作炳 报道", line=7)
p.ent("PERSON", "卢先庆", line=7)
p.ent("PERSON", "鲁作炳", line=7)

# ---- line 9
p.ent("ORG", "云阳县委", line=9)                    # 云阳县委书记 -> ORG + title
p.ent("PERSON", "覃昌德", line=9)
p.ent("ADMIN", "云阳县", line=9)                    # 云阳县党政代表团
#   我县: deictic, no span

# ---- line 11
p.ent("ORG", "县委", line=11)                       # 县委书记、县长曹邦兴 (巫山's 县委)
p.ent("PERSON", "曹邦兴", line=11)
p.ent("PERSON", "覃昌德", line=11)
p.ent("ADMIN", "曲尺乡", line=11)
p.ent("ADMIN", "柑园村", line=11)
p.ent("ADMIN", "权发村", line=11)
p.ent("ADMIN", "竹贤乡", line=11)
p.ent("ADMIN", "下庄村", line=11)

# ---- line 13
#   “山城”, “峡江”: epithets, no span
p.ent("ADMIN", "柑园村", line=13)
p.ent("ADMIN", "云阳", line=13)                     # 来自云阳的客人们
p.ent("ADMIN", "柑园村", line=13)                   # 柑园村旅居社区: unit inside a site name
p.ent("ADMIN", "云阳县", line=13)                   # 云阳县党政代表团

# ---- line 15
p.ent("ORG", "曲尺乡党委", line=15)                 # 曲尺乡党委政府 -> ORG 乡党委, bare 政府 no span
p.ent("ORG", "曲尺乡党委", line=15)                 # 曲尺乡党委书记徐培涛
p.ent("PERSON", "徐培涛", line=15)
p.ent("ADMIN", "曲尺乡", line=15)                   # 曲尺乡也成为了…
#   全乡: level word; “三峡醉美花果之乡”: 三峡 is a region, no span

# ---- line 17
p.ent("ADMIN", "权发村", line=17)
#   三峡李院: a venue, 三峡 a region: no span
p.ent("PERSON", "覃昌德", line=17)

# ---- blocks
p.block(1, 1, "PAGE")          # 24小时举报电话 / 举报邮箱 (site furniture)
p.block(2, 2, "PAGE")          # breadcrumb 巫山网 > 巫山新闻
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "PAGE")          # 发布时间: … 来源: (empty source: a date-only meta line)
p.block(5, 5, "PAGE")          # 分享到
p.block(7, 7, "BYLINE", article=1)
p.block(9, 17, "BODY", article=1)

p.save()
