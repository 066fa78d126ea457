"""page-2208: 上饶日报 (paper.srxww.com e-paper, srrb), 2023-10-27, front-page article on 乡村振兴
(continued on page 2). Text as returned by the `pages` store; it holds no title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2208", "corpus/raw/pages/2208_shangrao_xiangcun_zhenxing.txt",
         publisher="上饶日报", date="2023-10-27", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: byline + opening paragraph
p.byline("BYLINE", "本报讯 记者任晓莉报道")        # the verb 报道 closes the credit, inside the byline
p.ent("PERSON", "任晓莉", line=1)
#   ‘党建+合作社+农户’: joined by + but no number in it -> no PLUS formula
p.ent("ORG", "广丰区横山镇廿三都专业种养合作社", line=1)   # an enterprise, admin prefix attached (§2)
#   该合作社: deictic
p.ent("PERSON", "李良忠", line=1)                  # 该合作社负责人李良忠

# ---- line 2
p.ent("ADMIN", "上饶", line=2)
p.ent("PERSON", "习近平", line=2, nth=1)
p.ent("ADMIN", "江西", line=2)                     # 考察江西
p.ent("PERSON", "习近平", line=2)
#   农村一二三产业: ordinals (primary/secondary/tertiary industries), no formula

# ---- line 3
p.ent("ADMIN", "横峰县", line=3)
#   国家乡村振兴示范县: a title, 五年行动: a count of years (decision 10): no spans
s = p.slogan("COUNT", "四场硬战", line=3)[0]        # a quoted count with a measure word
lo = p.find_all("打好", p.line_bounds[2][0])[0][1]
pairs, pos = [], lo
for item in ["农村垃圾整治", "厕所革命", "污水治理", "村容村貌提升"]:   # items printed before it
    st, en = p.find_all(item, pos, s["start"])[0]
    pairs.append([st, en]); pos = en
s["expansion"] = pairs

# ---- blocks (no title in the stored text)
p.block(1, 3, "BODY", article=1)
p.block(4, 4, "PAGE")        # (下转第二版): jump line, page furniture

p.save()
