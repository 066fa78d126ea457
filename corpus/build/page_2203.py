"""page-2203: 天津市和平区人民政府 (tjhp.gov.cn, 和平新闻 > 基层动态), 2023-11-29, one article:
南市街完善基层群众性自治制度,打造基层治理新局面. Text as returned by the `pages` store, from its
title (the site's accessibility bar above it dropped; a stray backtick after the footer dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2203", "corpus/raw/pages/2203_tjhp_nanshijie_jiceng_zhili.txt",
         publisher="天津市和平区人民政府", date="2023-11-29", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "南市街", line=1)                    # 南市街(道), a sub-district of 和平区

# ---- line 3: web meta line (date outside, one BYLINE span for the labelled publisher)
p.byline("BYLINE", "发布者:和平区人民政府办公室", line=3)
p.ent("ORG", "和平区人民政府办公室", line=3)         # sub-unit with its parent: one ORG

# ---- line 5
p.ent("ORG", "新文化花园社区商居联合会", line=5)      # a named association of one community: one ORG
p.ent("ORG", "青年汇志愿服务队", line=5)             # a named volunteer team
#   四个共建基地: a count of things in prose, no formula; 社区基金: generic

# ---- line 7: 新丽居万兆科贸大厦 is a building (place), no span
# ---- line 9: 党委、政府 generic; line 11: 该街 deictic, no span

# ---- line 15: site footer (PAGE), the organisation keeps its spans
p.ent("ORG", "天津市和平区人民政府", line=15, every=True)   # 主办单位 and 版权所有: two spans

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "PAGE")        # 法律声明 | 关于我们 | 网站地图 | 使用帮助
p.block(15, 15, "PAGE")        # 主办单位 / 版权所有
p.block(17, 17, "PAGE")        # 公网安备 / ICP / 网站标识码
p.block(19, 19, "PAGE")        # 举报电话 / 邮箱
p.block(21, 22, "PAGE")        # 微博 / 微信 (share icons)

p.save()
