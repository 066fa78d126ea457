"""page-3808: 荆州日报 (e-paper, news.cnchu.com/jzrb), 2025-04-01, 第A004版 专题, one article:
城乡融合加速度 乡村振兴跑出“幸福新赛道”. Text as returned by the `pages` store, from the e-paper's
masthead; the last paragraph (“加快推进…市农业农村局党组书), cut off mid-word, was dropped, so the
page ends on the article's first crosshead."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3808", "corpus/raw/pages/3808_jingzhou_xiangcun_zhenxing.txt",
         publisher="荆州日报", date="2025-04-01", script="simplified", origin="pages")

# ---- lines 1-6: masthead, date, edition, rights notice (PAGE); the paper is ORG everywhere
p.ent("ORG", "荆州日报", line=1)
p.ent("ORG", "荆州日报", line=6, every=True)          # 《荆州日报》 x2 (marks outside), 荆州日报读者, 荆州日报及/或, 荆州日报将

# ---- line 10: byline
p.byline("BYLINE", "□ 记者 佘海艳 通讯员 杜天 周健")
for name in ["佘海艳", "杜天", "周健"]:
    p.ent("PERSON", name, line=10)

# ---- line 12
p.ent("ADMIN", "荆州", line=12, every=True)          # 荆州大地, 荆州正以…
#   洪湖水: the lake's water (碧波荡漾的洪湖水), not 洪湖市: no span

# ---- line 14
p.ent("ADMIN", "荆州", line=14, nth=1)               # 荆州牢固树立
p.slogan("COUNT", "五个振兴", line=14)               # items not spelled out in the article
p.ent("ADMIN", "荆州市", line=14)                    # 《荆州市农业农村现代化“十四五”规划》: unit inside a document title
p.slogan("PLAN", "十四五", line=14)
[g] = p.slogan("GROUP", "四大工程", line=14)
# items printed before the formula: located by string, in order
lo = p.line_bounds[13][0]
items = ["粮食生产能力提升", "农业产业延链强链", "科技赋能农业支撑", "绿色低碳生态循环"]
pos, pairs = lo, []
for it in items:
    st, en = p.find_all(it, pos)[0]
    assert en <= g["start"]
    pairs.append([st, en]); pos = en
g["expansion"] = pairs
#   江汉平原 (a region) and 江汉平原乡村振兴示范区 (a designation, no unit or zone any list holds): no span
p.ent("ADMIN", "荆州", line=14, after="示范区和")     # 荆州的美好未来

# ---- line 16: crosshead
p.slogan("GROUP", "四链同构", line=16)               # four chains built together, like 三警融合
p.slogan("GROUP", "三产融合", line=16)               # the three industries merged (一二三产业融合), like 三警融合

# ---- blocks
p.block(1, 4, "PAGE")          # 荆州日报 / 2025年04月01日 / 第A004版:专题 / 版权声明
p.block(6, 6, "PAGE")          # rights notice
p.block(8, 8, "HEADLINE", article=1)
p.block(10, 10, "BYLINE", article=1)
p.block(12, 14, "BODY", article=1)
p.block(16, 16, "CROSSHEAD", article=1)

p.save()
