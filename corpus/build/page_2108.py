"""page-2108: 周口日报 (e-paper zhld.com/szb), 2023-07-21, 第02版:要闻, one article:
人民日报社河南分社社长王乐文一行来周调研. Text as returned by the `pages` store, from the date
line; the closing `/enpproperty-->` (the tail of an HTML comment) was stripped as markup, the
words of that line kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2108", "corpus/raw/pages/2108_zhoukou_renmin_diaoyan.txt",
         publisher="周口日报", date="2023-07-21", script="simplified", origin="pages")

# ---- line 4: headline (来周: 周 is a one-character short form of 周口, never ADMIN)
p.ent("ORG", "人民日报社河南分社", line=4)         # a paper's publisher with its branch: one ORG
p.ent("PERSON", "王乐文", line=4)

# ---- line 6: byline + first paragraph
p.byline("BYLINE", "本报讯(记者 马治卫 侯俊玉 徐松 高洪驰 宋风)")
for name in ["马治卫", "侯俊玉", "徐松", "高洪驰", "宋风"]:
    p.ent("PERSON", name, line=6)
p.ent("ORG", "人民日报社河南分社", line=6)
p.ent("PERSON", "王乐文", line=6)
p.ent("ADMIN", "周口", line=6, after="围绕")        # 周口高质量转型发展主题
for place in ["商水", "沈丘", "郸城", "淮阳"]:        # bare county/district names (§2)
    p.ent("ADMIN", place, line=6)
p.ent("ADMIN", "周口", line=6, after="淮阳和")       # 周口|临港开发区: city + its zone (chain split)
p.ent("ADMIN", "临港开发区", line=6)
p.ent("ORG", "市委", line=6)                        # 市委常委 -> ORG 市委
p.ent("ORG", "宣传部", line=6)                      # 宣传部长 -> ORG 宣传部
p.ent("PERSON", "王少青", line=6)

# ---- line 8
p.ent("ADMIN", "商水县", line=8)                    # 高标准农田核心示范区: a demonstration area, no span
p.ent("ORG", "郸城县国家农高区筹委会", line=8)       # a preparatory committee (a body), admin prefix inside
p.ent("PERSON", "王乐文", line=8, every=True)

# ---- line 10
p.ent("ADMIN", "临港经济开发区", line=10)
p.ent("PERSON", "王乐文", line=10)
p.ent("ADMIN", "周口", line=10)                     # 周口中心港: a port (facility), unit inside (decision 2)

# ---- line 12
p.ent("ADMIN", "沈丘县", line=12)
p.ent("PERSON", "王乐文", line=12, every=True)
p.ent("ORG", "河南钢铁集团周口基地", line=12)        # the company's base; 钢材生产车间 (a workshop visited) outside
p.ent("ORG", "周钢", line=12, nth=1)               # 周钢专用码头: the company inside a facility's name
p.ent("ORG", "周钢基地", line=12)                   # = 河南钢铁集团周口基地, by its short name
p.ent("ORG", "河南金丹乳酸科技股份有限公司", line=12)
p.ent("ORG", "益海嘉里", line=12)                   # 益海嘉里(周口)现代食品产业园: an industrial park (a place);
p.ent("ADMIN", "周口", line=12, after="益海嘉里")    #   the enterprise and the unit inside its name keep spans

# ---- line 14
p.ent("PERSON", "王乐文", line=14)
p.ent("ADMIN", "周口市", line=14)                   # 周口市博物馆: a venue (decision 14), unit inside
p.ent("ORG", "郸城一高", line=14)                   # a school by its short name (郸城县第一高级中学)
#   ②16: an editor's desk code, no span (decision 9)

# ---- line 16: the e-paper's record line (PAGE); names keep their spans
p.ent("ORG", "周口日报", line=16)
p.ent("ORG", "人民日报社河南分社", line=16)
p.ent("PERSON", "王乐文", line=16)

# ---- blocks
p.block(1, 2, "PAGE")             # date line, 第02版:要闻 PDF版
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 14, "BODY", article=1)
p.block(16, 16, "PAGE")           # e-paper record: date, page numbers, paper, file name, title

p.save()
