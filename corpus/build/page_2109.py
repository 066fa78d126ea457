"""page-2109: 新平县人民政府 (xinping.gov.cn, 新平彝族傣族自治县, 玉溪, 云南), 2014-11-30, one article:
县委书记李永忠调研平掌乡社会经济发展情况. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2109", "corpus/raw/pages/2109_xinping_pingzhang_diaoyan.txt",
         publisher="新平县人民政府", date="2014-11-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ---- line 1: headline
p.ent("ORG", "县委", line=1)                          # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "李永忠", line=1)
p.ent("ADMIN", "平掌乡", line=1)

# ---- line 4: meta line 来源:… (decision 12: BYLINE block, one span per labelled credit)
p.byline("BYLINE", "来源:新平县人民政府网", line=4)
p.ent("ORG", "新平县人民政府网", line=4)               # the site as a medium (like 山西新闻网)

# ---- line 6
p.ent("ORG", "县委", line=6)
p.ent("PERSON", "李永忠", line=6)
p.ent("ADMIN", "平掌乡", line=6)                       # 全乡: level word, no span

# ---- line 8
p.ent("PERSON", "李永忠", line=8, nth=1)
p.ent("ADMIN", "平掌乡", line=8, nth=1)                # 平掌乡扶贫开发整乡推进项目 (unit inside a project, decision 2)
p.ent("PERSON", "李永忠", line=8, nth=1)               # (second free occurrence)
p.ent("ADMIN", "平掌乡", line=8, nth=1)                # 平掌乡群众

# ---- line 10
p.ent("ADMIN", "仓房村委会", line=10)                  # 村委会 standing for the administrative village in a chain of places (decision 3 analogy)
p.ent("ORG", "茶马古道茶业有限公司", line=10)          # enterprise named in full
p.ent("PERSON", "李永忠", line=10, nth=1)
p.ent("PERSON", "李永忠", line=10, nth=1)
p.ent("ADMIN", "平掌乡", line=10)

# ---- line 12
p.ent("PERSON", "李永忠", line=12, every=True)         # 2x
p.ent("ADMIN", "平掌乡", line=12, every=True)          # 3x: 平掌乡库独木村, 平掌乡“三棵树”, 平掌乡一张
p.ent("ADMIN", "库独木村", line=12)
p.ent("ADMIN", "曼干村", line=12)
p.slogan("COUNT", "三棵树", line=12, every=True)       # 2x; items not listed -> no expansion

# ---- line 14: 出处:… 发布人:… (meta line below the article: BYLINE block)
p.byline("BYLINE", "出处:云南省政府信息公开门户网站玉溪市新平县平掌乡人民政府", line=14)
p.byline("BYLINE", "发布人:123", line=14)
p.ent("ORG", "云南省政府信息公开门户网站", line=14)    # a web portal named as the source (medium)
p.ent("ORG", "玉溪市新平县平掌乡人民政府", line=14)    # the township government, admin prefix inside

# ---- lines 15-16: 上一篇/下一篇 navigation (PAGE); units keep their spans
p.ent("ADMIN", "平掌乡", line=15)
p.ent("ADMIN", "平掌乡", line=16)

# ---- line 18: site footer
p.ent("ORG", "新平彝族傣族自治县人民政府办公室", line=18)
p.ent("ORG", "新平彝族傣族自治县人民政府", line=18)
# ---- line 20: contact address
p.ent("ADMIN", "新平彝族傣族自治县", line=20)
p.ent("ADMIN", "桂山街道", line=20)                    # 平山路42号: a street, no span
# line 22: 滇 (one-character abbreviation) -> no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(4, 4, "BYLINE", article=1)
p.block(6, 12, "BODY", article=1)
p.block(14, 14, "BYLINE", article=1)
p.block(15, 16, "PAGE")          # 上一篇 / 下一篇
p.block(18, 24, "PAGE")          # footer: 主办/承办, contact, ICP, IPv6

p.save()
