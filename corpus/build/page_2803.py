"""page-2803: 迁西县新闻网 (ts.hebei.com.cn/qxx/, the county news site of 迁西县 hosted by 长城网's
唐山 channel), 2015-08-26, one article: 唐山提升办暗访迁西:卫生整治呈现良好态势 (稿源:中国迁西).
Text as returned by the `pages` store, from its title (the breadcrumb line before it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2803", "corpus/raw/pages/2803_qianxi_tishengban_anfang.txt",
         publisher="迁西县新闻网", date="2015-08-26", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "唐山提升办", line=1)               # the city's 提升办 with its admin prefix: one ORG
p.ent("ADMIN", "迁西", line=1)

# ---- line 3: the page's source line (URL, timestamp, medium)
p.ent("ORG", "迁西县新闻网", line=3)
p.byline("BYLINE", "迁西县新闻网", line=3)      # a medium after its timestamp: the source line

# ---- line 5
p.ent("ORG", "市提升办环境整治组", line=5)       # a team written after its office: one ORG
p.ent("ADMIN", "迁西县", line=5)
p.ent("ADMIN", "新集镇", line=5, nth=1)
p.ent("ADMIN", "东莲花院乡", line=5, nth=1)
p.ent("ADMIN", "新集镇", line=5)
p.ent("ADMIN", "东莲花院乡", line=5)

# ---- line 7
p.ent("ORG", "市暗访组", line=7)                 # the city's inspection team acting (like 区委第三巡察组)
p.ent("ADMIN", "东莲花院乡", line=7)
for v in ["西陆庄村", "董庄子村", "马家沟村"]:
    p.ent("ADMIN", v, line=7)
p.ent("ADMIN", "新集镇", line=7)
for v in ["张庄子村", "魏庄村"]:
    p.ent("ADMIN", v, line=7)

# ---- line 9
p.ent("ORG", "市暗访组", line=9)
p.ent("ADMIN", "迁西县", line=9)
p.ent("ADMIN", "东莲花院乡", line=9)
s = p.slogan("GROUP", "三定", line=9)            # “定区域、定人员、定时间”三定责任制: items printed before
lo, hi = p.line_bounds[8]
s[0]["expansion"] = [list(p.find_all(x, lo, hi)[0]) for x in ["定区域", "定人员", "定时间"]]
p.ent("ORG", "镇政府", line=9)                   # level word + organ (鎮政府 in seed-001)
p.ent("ORG", "新集镇党委", line=9)               # 新集镇党委、政府: the bare 政府 gets no span

# ---- line 11: keywords (PAGE)
p.ent("ORG", "提升办", line=11)                  # the office named again as a keyword

# ---- line 13: source credit under the article
p.byline("BYLINE", "稿源:中国迁西", line=13)     # decision 12: a labelled source line
p.ent("ORG", "中国迁西", line=13)                # the county government's web portal

# ---- lines 14-21: site furniture
p.ent("ADMIN", "河北", line=17)                  # 善行河北 (a provincial campaign): unit inside, decision 2
p.ent("ORG", "河北唐山宣传部", line=19)          # 主办单位: as written, one ORG with its prefixes
p.ent("ORG", "长城网", line=20)                  # 技术支持: the provincial news site
p.ent("ORG", "微软公司", line=21)                # an enterprise

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)
p.block(11, 11, "PAGE")
p.block(13, 13, "BYLINE", article=1)
p.block(14, 21, "PAGE")

p.save()
