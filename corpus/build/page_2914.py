"""page-2914: 新疆日报 (news.ts.cn, 天山网), 2019-08-17: a reporting team's feature on 乡村振兴 in
巴音郭楞蒙古自治州, as returned by the `pages` store. The stored text has no title line (it opens
with the date/source line); its last paragraph (如今的霍拉山村,…家家户户搬) is cut mid-sentence
and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2914", "corpus/raw/pages/2914_xinjiang_ribao_bazhou_xiangcun.txt",
         publisher="新疆日报", date="2019-08-17", script="simplified", origin="pages")

# ---- line 1: 2019年08月17日 10:59 来源:新疆日报 (decision 12: labelled credit, timestamp outside)
p.byline("BYLINE", "来源:新疆日报", line=1)
p.ent("ORG", "新疆日报", line=1)

# ---- line 2: source tag + credits
p.byline("BYLINE", "新疆日报讯(记者沈雅屏 许庆光 王玉召 汤永 汪舟报道)", line=2)
p.ent("ORG", "新疆日报", line=2)                      # a paper named after its region: one ORG
for name in ["沈雅屏", "许庆光", "王玉召", "汤永", "汪舟"]:
    p.ent("PERSON", name, line=2)                     # 报道 (role verb) outside
p.ent("ADMIN", "巴音郭楞", line=2)                    # 巴音郭楞——意为…: the prefecture by its short name

# ---- line 3
p.ent("ADMIN", "巴音郭楞蒙古自治州", line=3)
p.ent("ADMIN", "新疆", line=3)

# ---- line 4
p.ent("ADMIN", "巴州", line=4)
p.ent("ADMIN", "焉耆", line=4)                        # 焉耆盆地: unit's name inside a place name (decision 2)
#   孔雀河畔, 罗布人村寨 (a scenic site), 霍拉山脚下 (the mountain): no unit, no span

# ---- line 6
p.ent("ADMIN", "焉耆回族自治县", line=6)
p.ent("ADMIN", "七个星镇", line=6)                    # a township name, not a formula
p.ent("ADMIN", "霍拉山村", line=6)

# ---- line 7
p.ent("ADMIN", "霍拉山村", line=7)
#   自治区级贫困村: level word, no span

# ---- line 8
p.ent("ADMIN", "巴州", line=8)
p.ent("ADMIN", "霍拉山村", line=8, every=True)        # twice

# ---- blocks
p.block(1, 1, "BYLINE", article=1)        # the article's source line (title not in the stored text)
p.block(2, 4, "BODY", article=1)          # body opening with the 新疆日报讯 tag
p.block(5, 5, "CROSSHEAD", article=1)     # 村村落落 气象新
p.block(6, 8, "BODY", article=1)

p.save()
