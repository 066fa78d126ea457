"""page-3909: 莆田市政协 (政协莆田市委员会; ptszx.cn, 政协概况 section, 来源:本站), 2022-09-23:
市政协2021年大事记 (opening of the chronicle). Text as returned by the `pages` store, from its
title; the last stored paragraph (1月12日 opening session, cut off mid-list after 吴立新、) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3909", "corpus/raw/pages/3909_putian_zhengxie_dashiji.txt",
         publisher="莆田市政协", date="2022-09-23", script="simplified", origin="pages")

# ---- line 1: the web page's title
p.ent("ORG", "市政协", line=1)

# ---- line 2: meta line 【发布日期:…】 【来源:本站】 【阅读:次】
p.byline("BYLINE", "来源:本站", line=2)            # the labelled source (本站 = this site, like 本报讯); no ORG

# ---- line 6/8: deck 用心书写政协高质量履职答卷 / 市政协2021年大事记
#   政协 in 政协高质量履职答卷: bare institution type, no span
p.ent("ORG", "市政协", line=8)

# ---- line 11
p.ent("ORG", "中国共产党", line=11)
p.slogan("PLAN", "十四五", line=11)

# ---- line 12
p.ent("ORG", "中共莆田市委", line=12)              # party name joins the organ
p.ent("ORG", "市政协", line=12)                    # 市政协及其常委会: 其常委会 is deictic, no span
#   全体政协委员: 政协委员 is a title (bare 政协, no level), no span
p.ent("PERSON", "习近平", line=12, nth=1)           # 习近平新时代中国特色社会主义思想
p.ent("PERSON", "习近平", line=12, nth=1)           # 习近平总书记关于…
p.ent("ORG", "人民政协", line=12)                  # 加强和改进人民政协工作: the CPPCC as a body
p.ent("PERSON", "习近平", line=12, nth=1)           # 习近平总书记对福建工作
p.ent("ADMIN", "福建", line=12)
# 团结和民主两大主题: the CPPCC's fixed formula, items printed before it (decision: items before = expansion)
s = p.slogan("GROUP", "两大主题", line=12)[0]
lo = p.line_bounds[11][0]
a = p.find_all("团结", lo, s["start"])
a = [h for h in a if h[1] <= s["start"]][-1]       # 团结 of 团结和民主 (not 团结带领 earlier)
b = [h for h in p.find_all("民主", a[1], s["start"])][0]
s["expansion"] = [[a[0], a[1]], [b[0], b[1]]]
#   政治协商、民主监督、参政议政职能: no numeral, no formula; 我市: no span

# ---- line 15
p.ent("ORG", "市政协", line=15)                    # 市政协七届五次会议: organ inside a meeting name
#   政协委员们, 大会组委会: a title and an ad-hoc body of the session, no span

# ---- line 17
p.ent("ORG", "市政协", line=17, nth=1)             # 市政协七届五次会议
#   秘书处 (the session's secretariat): no span
p.ent("ORG", "市政协党组", line=17)                # 党组 after a known organ belongs to it
p.ent("PERSON", "黄华", line=17)
#   党组成员: bare 党组, a title, no span
p.ent("PERSON", "陈剑华", line=17)

# ---- line 19
p.ent("ORG", "市政协", line=19, nth=1)             # 市政协主席
p.ent("PERSON", "周青松", line=19)
p.ent("ORG", "市政协", line=19, nth=1)             # 市政协七届五次会议会场
#   政协驻外委员联络员组长: bare 政协, title; 港澳委员: one-character short forms, no ADMIN
p.ent("PERSON", "黄华", line=19)
p.ent("PERSON", "陈剑华", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)      # the web page's title (printed twice: HEADLINE both times)
p.block(2, 2, "BYLINE", article=1)        # meta line with a labelled source credit (decision 12)
p.block(6, 6, "KICKER", article=1)        # 引题 over the repeated title
p.block(8, 8, "HEADLINE", article=1)
p.block(11, 12, "BODY", article=1)
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "BODY", article=1)
p.block(19, 19, "BODY", article=1)

p.save()
