"""page-2805: 千岛湖新闻网 (qdhnews.com.cn, 淳安县融媒体中心, section 淳安新闻 > 时政要闻), 2025-01-07,
one article: 让农民就地过上现代文明生活 省委书记王浩在淳安调研时讲话引发热烈反响.
Text as returned by the `pages` store, from its title; the last paragraph, cut off mid-sentence
(“作为共富后巷的运营者…2025年计划持续开), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2805", "corpus/raw/pages/2805_chunan_wanghao_diaoyan.txt",
         publisher="千岛湖新闻网", date="2025-01-07", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "省委", line=1)                        # 省委书记 -> ORG 省委 + title
p.ent("ADMIN", "淳安", line=1)

# ---- line 4: byline
p.byline("BYLINE", "记者 方鹤阳 见习记者 周慧")
p.ent("PERSON", "方鹤阳", line=4)
p.ent("PERSON", "周慧", line=4)

# ---- line 6
p.ent("ORG", "省委", line=6)
p.ent("PERSON", "习近平", line=6)
p.ent("ADMIN", "浙江", line=6)                      # 考察浙江
p.slogan("PARALLEL", "千万工程", line=6)            # 千村示范、万村整治 (lexicon: PARALLEL)
p.slogan("GROUP", "三大差距", line=6)               # items not spelled out in the article

# ---- line 8
p.ent("PERSON", "王志文", line=8, nth=1)
p.ent("ORG", "枫树岭镇下姜村卫生室", line=8)        # a village clinic (medical institution), prefixes attached
#   村卫生室 (bare institution type): no span
p.ent("PERSON", "王志文", line=8)
p.ent("ADMIN", "下姜村", line=8)                    # 当前下姜村正探索
# 医养乐三位一体: the three one-character items printed right before the formula
sl = p.slogan("PARALLEL", "三位一体", line=8)[0]
items = []
lo, _ = p.line_bounds[7]
for ch in ["医", "养", "乐"]:
    hits = [h for h in p.find_all(ch, lo, sl["start"])]
    items.append(list(hits[-1]))
assert "".join(p.text[a:b] for a, b in items) == "医养乐" and items[-1][1] == sl["start"]
sl["expansion"] = items

# ---- line 10
sl = p.slogan("COUNT", "三篇文章", line=10)[0]     # 做好强城、兴村、融合“三篇文章”: items printed before it
lo, _ = p.line_bounds[9]
sl["expansion"] = [list(p.find_all(x, lo, sl["start"])[0]) for x in ["强城", "兴村", "融合"]]
p.slogan("GROUP", "三大差距", line=10)
p.ent("ORG", "大墅镇孙家畈村党支部", line=10)      # a named village's Party branch, prefixes attached
p.ent("PERSON", "余苏和", line=10)
p.ent("ADMIN", "孙家畈村", line=10)                 # 孙家畈村作为…
p.ent("ADMIN", "下姜", line=10, nth=1)              # 大下姜核心村: the village inside the area's name (decision 2)
p.ent("ADMIN", "下姜", line=10, nth=1)              # “大下姜”区域协同发展
p.slogan("PARALLEL", "千万工程", line=10)           # ‘千万工程’ inside a quote

# ---- every 王浩 (lines 1, 6 x2, 8 x2)
p.ent("PERSON", "王浩", every=True)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")          # 发布时间:… (a date-only meta line)
p.block(4, 4, "BYLINE", article=1)
p.block(6, 10, "BODY", article=1)

p.save()
