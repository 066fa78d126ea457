"""page-3913: 西青信息港 (xq.net.cn; the portal of 天津市西青区, run today by 西青区融媒体中心),
2018-04-03, one article: 市领导到西青区召开“双万双服促发展”活动项目开工服务现场会.
Text as returned by the `pages` store, from its title (the breadcrumb above it dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3913", "corpus/raw/pages/3913_xiqing_shuangwan_shuangfu.txt",
         publisher="西青信息港", date="2018-04-03", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "西青区", line=1)                       # 市领导: level word, no span
p.slogan("PARALLEL", "双万双服促发展", line=1)            # 双万 + 双服 (decision 10: 双 a numeral in a fixed formula)

# ---- line 2: web meta line (decision 12): one BYLINE per labelled credit, date outside
p.byline("BYLINE", "来源:西青信息港", line=2)
p.ent("ORG", "西青信息港", line=2)                     # the district's own news site (like 巫山网)
p.byline("BYLINE", "作者:朱莹 卢海林", line=2)
p.ent("PERSON", "朱莹", line=2)
p.ent("PERSON", "卢海林", line=2)
p.ent("PERSON", "史双", line=2)                        # 编辑: an editor credit, no byline span; the name is PERSON

# ---- line 4
p.ent("PERSON", "孙文魁", line=4)                      # 副市长 title
p.ent("ADMIN", "西青区", line=4)
p.slogan("PARALLEL", "双万双服促发展", line=4)
#   津版传媒文化产业园, 学府国际大学科技园: parks (places), no span
p.ent("ORG", "味多美", line=4)                          # 味多美生产基地: the company's base (cf. 1601 移动公司营业厅)
p.ent("ORG", "区委", line=4, nth=1)                     # 区委书记李清
p.ent("PERSON", "李清", line=4)
p.ent("ORG", "区委", line=4)                            # 区委副书记
p.ent("PERSON", "陈绍旺", line=4)                      # 区长: title, no span

# ---- line 6
p.ent("PERSON", "孙文魁", line=6)
p.slogan("PARALLEL", "双万双服促发展", line=6)
#   洽谈一批、签约一批、开工一批、投产一批: prose, no formula
p.slogan("GROUP", "天津八条", line=6)                   # the city's eight-article rules (numeral + category 条, like 五办)
p.ent("ADMIN", "天津", line=6)                          # unit inside a policy's name (decision 2)
#   “亲”“清”关系, “以函代证”“容缺后补”: no numeral, no formula

# ---- line 8
p.ent("PERSON", "李清", line=8)
p.ent("ADMIN", "西青区", line=8)

# ---- line 10
p.ent("PERSON", "陈绍旺", line=10)

# ---- line 12
p.ent("ORG", "区委", line=12)                           # 区委常委 -> ORG 区委
p.ent("PERSON", "刘启阁", line=12)                     # 副区长: title

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 12, "BODY", article=1)
p.block(14, 15, "PAGE")          # 分享到: / 相关新闻 (site furniture)

p.save()
