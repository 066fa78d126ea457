"""page-5011: 砚山县人民政府 (yanshan.gov.cn, 工作动态), a township page of 者腊乡 (砚山县, 文山州, 云南):
者腊乡十三届人民代表大会第一次会议 (held 2022-01-07). Text as returned by the `pages` store; the stored
opening has no title line (it starts with the first body paragraph); its last paragraph (会议强调,…做好今年的)
is cut mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5011", "corpus/raw/pages/5011_yanshan_zhela_renda.txt",
         publisher="砚山县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: opening paragraph
p.ent("ORG", "者腊乡十三届人民代表大会", line=1)      # a congress of a numbered term is one ORG (21NN); 第一次会议 = event
p.ent("ORG", "乡政府", line=1)                       # 乡政府|大会议室: the room is no part of the body
p.ent("ORG", "县政协人口资源环境委", line=1)          # a CPPCC committee with its parent (旗政协资源环境和经济委员会)
p.ent("PERSON", "罗传文", line=1)                    # 四级调研员 = title
p.ent("ORG", "乡党委", line=1)                       # 乡党委书记 -> ORG + title

# ---- line 2: caption
p.ent("ORG", "者腊乡第十三届人民代表大会", line=2)     # 第一次全体会议现场 outside

# ---- line 3
p.ent("ORG", "者腊乡第十三届人大主席团", line=3, nth=1)   # inside a document title: organ is ORG
p.ent("ORG", "者腊乡第十三届人民代表大会", line=3)        # 《…第一次会议选举办法(草案)》
p.ent("ORG", "者腊乡第十三届人大主席团", line=3)          # 选举…成员 (the first is taken: next free hit)
p.ent("ORG", "乡人民政府", line=3, nth=1)                # 听取乡人民政府工作报告 (1604 rule: ORG)
p.ent("ORG", "乡人大主席团", line=3)                     # 乡人大主席团工作报告
p.ent("ORG", "者腊乡人民政府", line=3)
p.ent("ORG", "第十二届人民代表大会", line=3)             # the township's previous-term congress; 第五次会议 = event
p.ent("ADMIN", "者腊乡", line=3, after="以及")          # 者腊乡2021年地方财政预算

# ---- line 5
p.slogan("PLAN", "十四五", line=5)
p.ent("ORG", "乡党委", line=5)                        # 乡党委|十三次党代会: organ inside an event name
p.ent("PERSON", "习近平", line=5, every=True)         # 习近平新时代…思想; 习近平总书记
p.ent("ADMIN", "云南", line=5)                        # 考察云南重要讲话
p.ent("ORG", "省委", line=5)                          # 省委十一届一次全会
p.ent("ORG", "州委", line=5)                          # 州委十届一次全会
p.ent("ORG", "县委", line=5)                          # 县委十三届一次全会
#   两大主导产业: a count of industries (like 五大主导产业), no formula
#   “干在实处、走在前列”: no numeral, no formula
f = p.slogan("COUNT", "四张靓丽名片", line=5)[0]       # N张 + content; items printed before it
lo = p.line_bounds[4][0]
items = ["基层党建“大品牌”", "产业发展“靓名片”", "社会治理“金点子”", "乡村旅游“新天地”"]
exp, pos = [], lo
for it in items:
    st, en = p.find_all(it, pos, f["start"])[0]
    exp.append([st, en]); pos = en
f["expansion"] = exp

# ---- line 6: caption
p.ent("ORG", "者腊乡人民政府", line=6)                # 代理乡长 = title

# ---- blocks (one article; the stored opening has no title)
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "CAPTION", article=1)
p.block(3, 3, "BODY", article=1)
p.block(4, 4, "CAPTION", article=1)
p.block(5, 5, "BODY", article=1)
p.block(6, 6, "CAPTION", article=1)

p.save()
