"""page-4002: 秦皇岛日报 (text on 网易 hebei.news.163.com, 来源:秦皇岛日报), one article on a
community's 城市“双清” clean-up in 海港区河东街道. Date not printed (URL path 23/0905)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4002", "corpus/raw/pages/4002_qinhuangdao_gongrennanli_shuangqing.txt",
         publisher="秦皇岛日报", date=None, script="simplified", origin="pages")

# ---- line 1: breadcrumb of the portal
p.ent("ORG", "网易", line=1)

# ---- line 3: headline
p.ent("ADMIN", "秦皇岛", line=3)

# ---- line 8
p.ent("ADMIN", "海港区", line=8)
p.ent("ADMIN", "河东街道", line=8)
p.ent("ADMIN", "工人南里第二社区", line=8)
p.ent("ORG", "秦皇岛为民市场建设经营有限责任公司", line=8)

# ---- line 10: the community's 新时代文明实践站 is a venue: ADMIN only
p.ent("ADMIN", "工人南里第二社区", line=10)
p.slogan("GROUP", "双清", line=10)

# ---- line 14
p.ent("PERSON", "郑铭涵", line=14)

# ---- line 16
p.slogan("GROUP", "双清", line=16, nth=1)
p.slogan("GROUP", "双清", line=16, nth=1)
p.ent("ORG", "工人南里第二社区党委", line=16)
p.ent("ORG", "居委会", line=16)                  # 居委会主任: that community's 居委会 (decision 5/15)
p.ent("PERSON", "曹雪晶", line=16)

# ---- line 18: the article's source line
p.byline("BYLINE", "来源:秦皇岛日报")
p.ent("ORG", "秦皇岛日报", line=18)

# ---- blocks
p.block(1, 1, "PAGE")                            # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 6, "PAGE")                            # 0 / 分享至 (share counter)
p.block(8, 16, "BODY", article=1)
p.block(18, 18, "BYLINE", article=1)
p.block(21, 22, "PAGE")                          # 相关推荐 / 热点推荐 (link list heads)

p.save()
