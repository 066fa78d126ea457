"""page-2008: 岱山新闻网 (岱山县融媒体中心, dsnews.zjol.com.cn 岱山支站), 2021-01-19, one article:
关切发展大计 群众收看人代会开幕直播, with the site's related-links list. Text as returned by the
`pages` store, from its title; nothing cut."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2008", "corpus/raw/pages/2008_daishan_renda_zhibo.txt",
         publisher="岱山新闻网", date="2021-01-19", script="simplified", origin="pages")

# ---- line 3: site line (url, site name, time, tools)
p.ent("ORG", "岱山新闻网", line=3)

# ---- line 6
p.ent("ADMIN", "岱山", line=6)
#   我县: no span; 县第十六届人民代表大会第五次会议: a meeting, level word only -> no span

# ---- line 8
p.ent("ADMIN", "高亭镇", line=8)
p.ent("ADMIN", "闸口社区", line=8)
p.ent("ADMIN", "蓬莱社区", line=8)
p.ent("ADMIN", "岱山", line=8)                       # 过去一年岱山所取得的成就
p.ent("ADMIN", "岱山", line=8, after="寄语")          # 寄语岱山未来
p.ent("ADMIN", "岱山", line=8, after="四个")          # inside the formula (decision 2)
p.slogan("COUNT", "四个岱山", line=8)                # items not spelled out in the article

# ---- line 10
p.ent("ADMIN", "高亭镇", line=10)
p.ent("ADMIN", "闸口社区", line=10)
p.ent("PERSON", "孙财郎", line=10)
p.ent("ADMIN", "岱山", line=10)

# ---- line 12
p.ent("ADMIN", "高亭镇", line=12)
p.ent("ADMIN", "蓬莱社区", line=12)
p.ent("PERSON", "郑彩卿", line=12)
p.ent("ADMIN", "岱山", line=12, every=True)          # 如今的岱山, 岱山人, 祝愿岱山, 岱山人民

# ---- line 14
p.ent("ADMIN", "高亭镇", line=14)
p.ent("ADMIN", "闸口社区", line=14)
p.ent("PERSON", "王艳", line=14)
p.ent("ADMIN", "岱山", line=14)                      # 两会: a count of meetings, no formula

# ---- line 17: meta line under the article
p.byline("BYLINE", "来源:岱山县融媒体中心", line=17)
p.ent("ORG", "岱山县融媒体中心", line=17)
p.byline("BYLINE", "作者:记者 邱璐 孔宇泽", line=17)
p.ent("PERSON", "邱璐", line=17)
p.ent("PERSON", "孔宇泽", line=17)
p.ent("PERSON", "徐立", line=17)                     # 初审编辑: editor, no byline span
p.ent("PERSON", "陆双燕", line=17)                   # 责任编辑: editor, no byline span

# ---- lines 24-29: related links (PAGE), spans kept
p.ent("PERSON", "卢建波", line=25)
p.ent("ORG", "县市场监管部门", line=26)               # one specific county body acting
p.ent("ADMIN", "长涂", line=27)                      # 长涂镇 by its bare name
p.ent("ORG", "县总工会", line=28)
p.ent("ADMIN", "衢山", line=29)                      # 衢山镇 by its bare name

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")
p.block(6, 14, "BODY", article=1)
p.block(17, 17, "BYLINE", article=1)   # 来源/作者 meta line (decision 12)
p.block(20, 20, "PAGE")                # 相关文章
p.block(23, 29, "PAGE")                # 热点新闻 and its links

p.save()
