"""page-5502: 潍坊日报 (e-paper wfrb.wfnews.com.cn, 第04版:要闻·专题; 返回潍坊新闻网; byline
潍坊日报社全媒体记者), 2022-07-11, one article: 滨海区央子街道's grid management. Text as returned by the
`pages` store from the e-paper page's own title bar (第04版…), its navigation kept; the last paragraph,
cut mid-sentence (…全面开启), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5502", "corpus/raw/pages/5502_weifang_yangzi_wangge.txt",
         publisher="潍坊日报", date="2022-07-11", script="simplified", origin="pages")

# ---- e-paper navigation (PAGE); units keep their spans
#   line 16 黄河口: a river mouth, no unit; line 18 市科技馆: a venue (decision 14), no span
p.ent("ADMIN", "昌邑", line=19)                     # 昌邑加强人才培养 (county-level city of 潍坊)
p.ent("ADMIN", "昌乐", line=20)                     # 昌乐强化校企合作 (county of 潍坊)
p.ent("ORG", "潍坊新闻网", line=23)                 # 返回潍坊新闻网: the paper's site

# ---- title deck
p.ent("ADMIN", "滨海区", line=27)
p.ent("ADMIN", "央子街道", line=27)

# ---- byline (two lines, one credit block)
p.byline("BYLINE", "□潍坊日报社全媒体记者 于菲\n    通讯员 孙娟 袁建青")
p.ent("ORG", "潍坊日报社", line=31)
p.ent("PERSON", "于菲", line=31)
p.ent("PERSON", "孙娟", line=32)
p.ent("PERSON", "袁建青", line=32)

# ---- line 34
L34 = dict(line=34)
p.ent("ADMIN", "滨海区", **L34)
p.ent("ADMIN", "央子街道", **L34)                   # 北海明珠第三网格群: a compound's grid, no span
p.ent("PERSON", "王益都", **L34)
p.ent("PERSON", "蔡俊明", **L34, every=True)        # twice

# ---- line 35
p.ent("ADMIN", "央子街道", line=35)
s = p.slogan("PARALLEL", "六位一体", line=35)[0]     # N位一体 unquoted: PARALLEL
lo, hi = p.line_bounds[34]
items = ["党员管理", "民情收集", "诉求上达", "关爱帮扶", "矛盾调解", "事项代办"]   # printed before it
pos, pairs = lo, []
for it in items:
    h = p.find_all(it, pos, s["start"])[0]
    pairs.append(list(h)); pos = h[1]
s["expansion"] = pairs

# ---- line 36
p.ent("PERSON", "蔡俊明", line=36)

# ---- line 37
p.ent("PERSON", "蔡俊明", line=37)
p.ent("ORG", "央子街道党建办", line=37)              # …党建办副主任: the office, title outside
p.ent("PERSON", "刘胜亮", line=37)

# ---- blocks
p.block(1, 2, "PAGE")          # 第04版:要闻·专题 / 上一版 下一版
p.block(4, 4, "PAGE")          # 版面导航
p.block(6, 7, "PAGE")
p.block(9, 10, "PAGE")
p.block(12, 13, "PAGE")
p.block(15, 25, "PAGE")        # 标题导航 list, date, 上一期/下一期, 返回潍坊新闻网, 上一篇/下一篇, 放大 缩小 默认
p.block(26, 26, "HEADLINE", article=1)
p.block(27, 27, "SUBHEAD", article=1)
p.block(31, 32, "BYLINE", article=1)
p.block(34, 37, "BODY", article=1)

p.save()
