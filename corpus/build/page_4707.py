"""page-4707: 温州市鹿城区蒲鞋市街道 (its open-government record on the 鹿城区 portal,
lucheng.gov.cn), 2021-01-28: 蒲鞋市街道2020年工作总结及2021年工作思路. Text as returned by the
`pages` store, from its record fields and title; the store's last paragraph ((二)经济发展向上向好…,
cut off mid-word at 最大限度刺) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4707", "corpus/raw/pages/4707_lucheng_puxieshi_jiedao.txt",
         publisher="温州市鹿城区蒲鞋市街道", date="2021-01-28", script="simplified", origin="pages")

# ---- line 2: record field 发布机构 (decision 12 / 17NN: the 发布机构 field is a BYLINE)
p.byline("BYLINE", "发布机构 蒲鞋市街道", line=2)
p.ent("ADMIN", "蒲鞋市街道", line=2)        # a unit credited in a source field is the place (29NN)

# ---- line 5: title
p.ent("ADMIN", "蒲鞋市街道", line=5)

# ---- line 10: opening paragraph
p.slogan("PLAN", "十三五", line=10)           # “十三五规划”: the kind noun 规划 stays outside
p.ent("ORG", "市委", line=10)                 # 市委市政府 -> 市委, 市政府
p.ent("ORG", "市政府", line=10)
p.ent("ORG", "区委", line=10)                 # 区委区政府 -> 区委, 区政府
p.ent("ORG", "区政府", line=10)
p.slogan("PARALLEL", "1161", line=10)         # “奋战1161、奋进2020”: a code of digits; 2020 is a year
p.slogan("PARALLEL", "三强两促", line=10)
sx = p.slogan("GROUP", "双线作战", line=10)[0]   # 双 as a numeral in a fixed formula
# its two fronts are printed before it: 统筹疫情防控和经济社会发展“双线作战”
lo = p.line_bounds[9][0]
it1 = [h for h in p.find_all("疫情防控", lo, sx["start"])][-1]
it2 = [h for h in p.find_all("经济社会发展", lo, sx["start"])][-1]
sx["expansion"] = [list(it1), list(it2)]

# ---- line 12: (一) paragraph
#   “党建+微网格”: no numeral, no formula; “不漏一户、不落一人”, “外防输入、内防反弹”: no formula
p.ent("ADMIN", "锦园社区", line=12)
#   返鹿: 鹿 is a one-character short form (鹿城), no ADMIN
p.ent("ORG", "街道党工委", line=12)           # the sub-district's own Party working committee
p.ent("ORG", "市委组织部", line=12)
p.ent("ORG", "市委", line=12)                 # 市委市政府授予
p.ent("ORG", "市政府", line=12)
p.ent("ADMIN", "温州市", line=12)             # inside the award's name (decision 2)

# ---- blocks
p.block(1, 1, "PAGE")                 # 索引号
p.block(2, 2, "BYLINE", article=1)    # 组配分类 … 发布机构 蒲鞋市街道
p.block(3, 3, "PAGE")                 # 生成日期 … 公开方式
p.block(5, 5, "HEADLINE", article=1)
p.block(8, 8, "CROSSHEAD", article=1) # 一、2020年工作总结
p.block(10, 12, "BODY", article=1)

p.save()
