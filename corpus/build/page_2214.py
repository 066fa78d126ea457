"""page-2214: 法治日报 (法治日报全媒体记者 梁平妮), an article on the 兰陵县司法局 (临沂, 山东),
stored by the `pages` store from a republication page (chujupifa.com, a NetEase 网易号 copy:
-dy-article-…); source line 来源:法治日报. No title stored; the last paragraph, cut off
mid-sentence (…积极组织开展学校周边安全综合治理普), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2214", "corpus/raw/pages/2214_fazhi_lanling_renmin_tiaojie.txt",
         publisher="法治日报", date=None, script="simplified", origin="pages")

# ---- line 1: web meta line naming the article's source (decision 12)
p.byline("BYLINE", "来源:法治日报")
p.ent("ORG", "法治日报", line=1)

# ---- line 2: reporter line under the (missing) title
p.byline("BYLINE", "法治日报全媒体记者 梁平妮")
p.ent("ORG", "法治日报", line=2)
p.ent("PERSON", "梁平妮", line=2)

# ---- line 3
p.ent("ADMIN", "山东省", line=3)
p.ent("ADMIN", "临沂市", line=3)
p.ent("ORG", "兰陵县司法局", line=3)
#   “践行党群同心 深化矛盾风险化解 全力维护社会稳定”集中攻坚行动: no numeral

# ---- line 4
#   “第一道防线”: ordinal; 县乡村三级人民调解委员会: a count of levels (三级阵地), no formula, generic bodies
p.slogan("PLUS", "1+17+N", line=4)                   # “1+17+N”阵地模式
#   群众诉求调解服务中心, 综合法律服务中心, 法律援助中心, 综合调解室, 专业调解室: institution types, no span
p.slogan("PARALLEL", "两所一庭一访", line=4)          # “两所一庭一访”高效联动模式 (items not spelled out)

# ---- line 5
p.ent("ADMIN", "兰陵", line=5, nth=1)               # “兰陵首发”APP: unit inside a product name (decision 2)
#   “老苗调解”: surname + address word (老苗), no PERSON
#   “党建引领+网格化治理”: no numeral, no formula; 村两委干部: a count of bodies, generic
p.ent("PERSON", "荀子", line=5, after="发掘")       # 发掘荀子“隆礼重法”当代价值
p.ent("PERSON", "荀子", line=5, after="将")         # 将荀子“隆礼重法”思想…
p.ent("ORG", "“隆礼重法”调解中心", line=5)          # 打造县级“隆礼重法”调解中心 … 累计接待群众: a named centre that acts; quotes wrap part of the name

# ---- line 6
#   “小兰普法” brand, 政府门户网站, 12345 (service number): no span
p.ent("ADMIN", "兰陵", line=6, after="12345")       # 12345·兰陵首发 (the same app)
p.ent("ADMIN", "兰陵", line=6, after="法治")        # “法治兰陵” column (like 清风辽宁)
p.slogan("GROUP", "法律十进", line=6)               # “法律十进” (N + category; items not spelled out)

# ---- blocks
p.block(1, 2, "BYLINE", article=1)
p.block(3, 6, "BODY", article=1)

p.save()
