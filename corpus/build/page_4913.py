"""page-4913: 潍坊市总工会 (inferred; copy at contemporary-worker.com/jinri/57.html, site name not
printed), undated (summer, 济青高铁 under construction), one article: 市总工会、市慈善总会联合开展
"关爱职工·夏送清凉" (title cut by the site as stored). Text as returned by the `pages` store,
from its title; the store's blank lines kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4913", "corpus/raw/pages/4913_weifang_zonggonghui_xiasong.txt",
         publisher="潍坊市总工会", date=None, script="simplified", origin="pages")

# ---- line 1: headline (cut by the site: “关爱职工.夏送)
p.ent("ORG", "市总工会", line=1)
p.ent("ORG", "市慈善总会", line=1)

# ---- line 3
p.ent("ORG", "总工会", line=3)                      # 总工会、市慈善总会联合组织: the city's union, 市 dropped (decision 13)
p.ent("ORG", "市慈善总会", line=3)
p.ent("ORG", "市总工会党组", line=3)                # 市总工会党组副书记: 党组 kept inside (session 10 majority)
p.ent("PERSON", "郭召义", line=3)
p.ent("ORG", "市慈善总会", line=3)                  # 市慈善总会常务副会长
p.ent("PERSON", "马全海", line=3)
p.ent("ORG", "市总工会", line=3)                    # 市总工会副主席
p.ent("PERSON", "于守君", line=3)

# ---- line 4
p.ent("ORG", "市总工会", line=4)
p.ent("ORG", "市慈善总会", line=4)
p.ent("ORG", "峡山区双语小学", line=4)              # 峡山区双语小学建设工地: the school, with its zone prefix (§2); the site is a place
p.ent("ADMIN", "峡山", line=4, after="双语小学")     # 峡山城区: the zone's urban area; 峡山 = 峡山区 (bare name of a unit)
p.ent("ORG", "滨海区新和成公司", line=4)            # 滨海区新和成公司氨基酸项目建设工地: the company, prefix attached (§2)
p.ent("ADMIN", "潍坊", line=4)                      # 济青高铁潍坊段: unit inside a project's name (decision 2); 济青 = two one-character short forms
#   市生活垃圾综合处理厂: a facility (decision 14), no span

# ---- line 5
p.ent("ORG", "市总工会", line=5)                    # 市总工会下发通知
#   全市各级工会, 各县市区总工会, 市属各开发区工会, 市直各单位工会: generic, no span

# ---- lines 9-11: caption of the picture (图1-2), no credit
p.ent("ORG", "峡山区双语小学", line=9)
p.ent("ORG", "市总工会党组", line=9)
p.ent("PERSON", "郭召义", line=10)
p.ent("ORG", "市慈善总会", line=10)
p.ent("PERSON", "马全海", line=10)
p.ent("ORG", "峡山区党工委", line=10)               # a zone's own name opens its organ (滨海湾新区党工委)
p.ent("PERSON", "张守富", line=10)
p.ent("ORG", "市总工会", after=p.line_bounds[9][0] + 30)   # 市\n总工会 (broken across lines 10-11)
p.ent("PERSON", "于守君", line=11)
p.ent("ORG", "峡山区党委", line=11)                 # 峡山区党委委员: contracted title keeps the organ
p.ent("ORG", "总工会", line=11, after="副调研员")    # 总工会主席陈祥海: the zone's union (bare organ, decision 13)
p.ent("PERSON", "陈祥海", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 5, "BODY", article=1)
p.block(9, 11, "CAPTION", article=1)

p.save()
