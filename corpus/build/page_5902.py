"""page-5902: 武清文明网 (tj.wenming.cn/wqwmw, site of 武清区文明办, 天津市武清区), section 创城动态,
2018-11-22, one item credited 来源:高村镇: 高村镇多措并举掀起全国文明城区创建工作新高潮.
Text as returned by the `pages` store, from the site's navigation bar to its footer."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5902", "corpus/raw/pages/5902_wuqing_gaocun_chuangcheng.txt",
         publisher="武清文明网", date="2018-11-22", script="simplified", origin="pages")

# ---- line 1: navigation bar (PAGE); section 美丽武清 names the district (decision 2)
p.ent("ADMIN", "武清", line=1)                          # 美丽武清; 十九大: no span

# ---- line 4: headline
p.ent("ADMIN", "高村镇", line=4)                        # 全国文明城区: no span (全国)

# ---- line 6: meta line, source credited (decision 12); the credited unit is the place
p.byline("BYLINE", "来源:高村镇", line=6)
p.ent("ADMIN", "高村镇", line=6)

# ---- line 8
p.ent("ADMIN", "高村镇", line=8)
# lines 10, 12, 14: 镇域, 全镇, 11个村、3个社区: level words and counts, no span;
#   “横向到边、纵向到底”, “发现问题—及时行动—跟踪解决”: no numeral, no formula;
#   夜间和白天双行动: 双 as "both (night and day)", no fixed formula, no span
# ---- line 14: (责任编辑:王严) glued to the last sentence: an editor, not the article's author or
#   source: no byline span (as editor lines carry none), the name is a person
p.ent("PERSON", "王严", line=14)

# ---- footer
p.ent("ADMIN", "天津市", line=25)                       # 地址:天津市武清区雍阳西道118号
p.ent("ADMIN", "武清区", line=25)
p.ent("ORG", "武清区文明办", line=27)                   # 主办单位:武清区文明办 主办

# ---- blocks
p.block(1, 1, "PAGE")                 # navigation bar
p.block(2, 2, "PAGE")                 # >创城动态 (one-step breadcrumb)
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 6, "BYLINE", article=1)    # 来源:高村镇   发表时间:2018-11-22
p.block(8, 14, "BODY", article=1)     # blank lines split it into four blocks
p.block(17, 19, "PAGE")               # 时事要闻 / 热点专题 / 联系我们
p.block(21, 25, "PAGE")               # contact lines
p.block(27, 28, "PAGE")               # host line, ICP line

p.save()
