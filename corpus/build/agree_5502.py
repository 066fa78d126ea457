"""agree-page-5502: 潍坊日报 e-paper (第04版:要闻·专题), 2022-07-11, one article:
深耕小网格让城市“细胞”更充盈 (滨海区央子街道). Second-pass annotation."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5502", "corpus/raw/pages/5502_weifang_yangzi_wangge.txt",
         publisher="潍坊日报", date="2022-07-11", script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- lines 16-20: the edition's title navigation (PAGE); units keep their spans
#   16 保护黄河口湿地: an estuary wetland, no unit
#   18 市科技馆: a venue (like 博物馆/文化馆), no span
p.ent("ADMIN", "昌邑", line=19)
p.ent("ADMIN", "昌乐", line=20)

# ---- line 23: 返回潍坊新闻网 (PAGE); the paper's site
p.ent("ORG", "潍坊新闻网", line=23)

# ---- line 27: subhead
p.ent("ADMIN", "滨海区", line=27)
p.ent("ADMIN", "央子街道", line=27)

# ---- lines 31-32: boxed byline over two lines, one span
p.byline("BYLINE", "□潍坊日报社全媒体记者 于菲\n    通讯员 孙娟 袁建青")
p.ent("ORG", "潍坊日报社", line=31)              # the paper's publisher (甘肃日报社); 全媒体记者 is the role
p.ent("PERSON", "于菲", line=31)
p.ent("PERSON", "孙娟", line=32)
p.ent("PERSON", "袁建青", line=32)

# ---- line 34
p.ent("ADMIN", "滨海区", line=34)
p.ent("ADMIN", "央子街道", line=34)
#   北海明珠第三网格群: 北海明珠 is a residential compound's name (no 社区 written), grids are below units: no span
p.ent("PERSON", "王益都", line=34)                # 市民王益都
p.ent("PERSON", "蔡俊明", line=34, nth=1)          # 网格员蔡俊明
p.ent("PERSON", "蔡俊明", line=34, nth=1)          # second mention (first already taken)

# ---- line 35
p.ent("ADMIN", "央子街道", line=35)
#   一张网: figure of speech, no formula
items6 = ["党员管理", "民情收集", "诉求上达", "关爱帮扶", "矛盾调解", "事项代办"]
[slo] = p.slogan("PARALLEL", "六位一体", line=35)   # N位一体 is PARALLEL (docs, 28NN / 24NN)
lo, hi = p.line_bounds[35 - 1]
pos, pairs = lo, []
for it in items6:                                  # items printed before the formula
    st, en = p.find_all(it, pos, slo["start"])[0]
    pairs.append([st, en]); pos = en
slo["expansion"] = pairs

# ---- line 36
p.ent("PERSON", "蔡俊明", line=36)

# ---- line 37
p.ent("PERSON", "蔡俊明", line=37)
#   网格+微信群: no numeral, no formula; 双向奔赴: 双向 is an ordinary word
p.ent("ORG", "央子街道党建办", line=37)           # the sub-district's Party-building office; 副主任 a title
p.ent("PERSON", "刘胜亮", line=37)

# ---- blocks
p.block(1, 2, "PAGE")          # 第04版:要闻·专题 / 上一版 下一版
p.block(4, 4, "PAGE")          # 版面导航
p.block(6, 7, "PAGE")          # 第01版 要闻
p.block(9, 10, "PAGE")
p.block(12, 13, "PAGE")
p.block(15, 25, "PAGE")        # 标题导航 + title list, date, 上一期/下一期, 返回…, 上一篇/下一篇, 放大 缩小
p.block(26, 26, "HEADLINE", article=1)
p.block(27, 27, "SUBHEAD", article=1)
p.block(31, 32, "BYLINE", article=1)
p.block(34, 37, "BODY", article=1)

p.save()
