"""page-5610: 秀山土家族苗族自治县人民政府 (cqxs.gov.cn, 秀山要闻 section, mobile page), 2023-06-12, one
article: 秀山扎实推进宜居宜业和美乡村建设 (text tagged 秀山网讯, credited to a 全媒体记者). Text as returned
by the `pages` store, from its title (the breadcrumb 首页 > 秀山要闻 above it left out), footer kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5610", "corpus/raw/pages/5610_xiushan_hemei_xiangcun.txt",
         publisher="秀山土家族苗族自治县人民政府", date="2023-06-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "秀山", line=1)

# ---- line 6: source tag + lead
p.byline("BYLINE", "秀山网讯", line=6)               # source tag like 本报讯
p.ent("ORG", "秀山网", line=6)                      # the county's news site, source of the tag
p.ent("ADMIN", "秀山", line=6, after="近年来")       # 秀山始终坚持…: the county by its short name

# ---- line 8: measures
#   “四季”战役: the village-cleaning campaign's four seasonal rounds; 四季 is the ordinary word for
#   the seasons, no formula (see notes)
p.slogan("PARALLEL", "五清理一活动", line=8)          # two numeral-led parts; items not spelled out
s = p.slogan("COUNT", "三个革命", line=8)[0]          # N个 + content; 厕所、垃圾、污水“三个革命”: items printed before it
lo = p.line_bounds[8 - 1][0]
exp = []
for item in ["厕所", "垃圾", "污水"]:
    hits = p.find_all(item, lo, s["start"])
    exp.append(list(hits[-1]))                     # the last hit before the formula
    lo = hits[-1][1]
s["expansion"] = exp
p.slogan("GROUP", "通道三化", line=8, nth=1)          # 三化 of the roads (a count of the campaign's parts)
p.slogan("GROUP", "通道三化", line=8)                 # second mention: 新一轮“通道三化”示范点
#   “清单制、积分制、院落制、数字化”: no numeral, no formula

# ---- line 10: closing credit on its own line (stays in the BODY, decision 12)
p.byline("CREDIT", "(全媒体记者 简训)", line=10)
p.ent("PERSON", "简训", line=10)

# ---- footer
p.ent("ORG", "秀山土家族苗族自治县人民政府", line=13)
p.ent("ORG", "秀山土家族苗族自治县人民政府办公室", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 4, "PAGE")                 # 日期: (date only), 字体: (font switch)
p.block(6, 10, "BODY", article=1)
p.block(13, 23, "PAGE")               # rights, ICP, 公网安备, host, phone, 返回顶部

p.save()
