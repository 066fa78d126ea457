"""page-3608: 兴安日报 text on 内蒙古新闻网 (northnews.cn, 兴安盟新闻 channel), 2020-06 (URL 2020/0608,
no date printed), one article: “六山六水看兴安” 全媒体大型主题采访活动正式启动. Text as returned by the
`pages` store, from its title; its last stored paragraph (《兴安日报》是中共兴安盟委机关报,… 党报的初)
is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3608", "corpus/raw/pages/3608_xingan_liushan_liushui_caifang.txt",
         publisher="兴安日报", date=None, script="simplified", origin="pages")

# the six mountain·river pairs of line 7 spell out 六山六水 / 六山六河 (items printed after the
# headline's first mention and before 六山六河's first mention)
PAIRS = ["罕山·洮儿河", "白狼峰·哈拉哈河", "宝格达山·归流河", "老头山·蛟流河", "蒙格罕山·霍林河", "神山·绰尔河"]
ln7 = p.line_bounds[6]
pairs = [p.find_all(s, *ln7)[0] for s in PAIRS]

# ---- line 1: headline
p.slogan("PARALLEL", "六山六水", line=1, expansion=PAIRS)   # first mention carries the items
p.ent("ADMIN", "兴安", line=1)                                # campaign name: 兴安 = 兴安盟 (decision 2)

# ---- line 3: byline opening the body + first sentence
p.byline("BYLINE", "(实习记者  韩雨格)", line=3)
p.ent("PERSON", "韩雨格", line=3)
#   察尔森湖: a lake, no span
p.ent("ORG", "兴安日报社", line=3)
p.slogan("PARALLEL", "六山六水", line=3)
p.ent("ADMIN", "兴安", line=3, after="六山六水")

# ---- line 5
p.slogan("PLAN", "十三五", line=5)
p.ent("ADMIN", "兴安盟", line=5, nth=1)
p.ent("ORG", "兴安日报", line=5)                              # 《兴安日报》: a paper in 《》 is ORG without the marks
p.slogan("PARALLEL", "六山六水", line=5)
p.ent("ADMIN", "兴安", line=5, after="六山六水")
p.ent("ADMIN", "兴安盟", line=5, after="全面展现")
p.ent("PERSON", "习近平", line=5)
p.slogan("GROUP", "三大攻坚战", line=5)
p.slogan("GROUP", "五城", line=5)        # “五城”同创: the quoted count, 同创 outside like a kind noun
p.slogan("GROUP", "五区", line=5)        # “五区”建设

# ---- line 7
#   罕山, 洮儿河 … 绰尔河: mountains and rivers, no span; 6大板块: an ordinary count (no formula)
#   我盟, 全盟, 6个旗县市, 6个旗县市委宣传部, 融媒体中心: generic, no span
p.ent("ORG", "兴安日报社", line=7)
p.ent("ADMIN", "兴安", line=7, after="6万平方公里")            # 兴安大地
first = p.slogan("PARALLEL", "六山六河", line=7, nth=1)[0]
first["expansion"] = [[a, b] for a, b in pairs]                # items printed before this formula
p.slogan("PARALLEL", "六山六河", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)

p.save()
