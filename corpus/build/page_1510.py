"""page-1510: 梅州市梅江区人民政府 website (meijiang.gov.cn), 街镇动态, 2023-08-25."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1510", "corpus/raw/pages/1510_meijiang_changsha_leitai.txt",
         publisher="梅州市梅江区人民政府", date="2023-08-25", script="simplified", origin="pages")

# ---------------------------------------------------------------- spans
p.ent("ADMIN", "梅州市", line=1)                # site banner
p.ent("ADMIN", "梅江区", line=3)                # headline "梅江区长沙镇:…"
p.ent("ADMIN", "长沙镇", line=3)
p.ent("ORG", "长沙镇人民政府", line=4)           # 来源:长沙镇人民政府
p.ent("ADMIN", "梅江区", line=7)
p.ent("ADMIN", "长沙镇", line=7)
p.ent("ADMIN", "大密村", line=11)
p.ent("ORG", "长沙镇党委", line=15)              # 长沙镇党委书记 -> organ, title outside
p.ent("PERSON", "张天然", line=15)
# 党的二十大, 基层党组织, 村党组织书记: no span (guideline / corpus rule 党组织 never ORG)

# ---------------------------------------------------------------- slogans
p.slogan("PARALLEL", "百千万工程", line=7)
p.slogan("PARALLEL", "百千万工程", line=11)
# 三个作用: items printed before the formula in the same sentence; located by code
s = p.slogan("COUNT", "三个作用", line=15)[0]
lo = p.find_all("充分发挥", p.line_bounds[14][0])[0][1]   # 充分发挥 on line 15 opens the list (verb outside the items)
items = ["基层党组织的战斗堡垒", "党组织书记“头雁”引领", "党员先锋模范"]
exp, pos = [], lo
for it in items:
    a, b = p.find_all(it, pos, s["start"])[0]
    exp.append([a, b]); pos = b
s["expansion"] = exp
# “百县千镇万村高质量发展工程”: the formula is its numeral-led head
p.slogan("PARALLEL", "百县千镇万村", line=15)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "来源:长沙镇人民政府", line=4)

# ---------------------------------------------------------------- blocks
p.block(1, 2, "PAGE")                  # site banner, breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "BYLINE", article=1)     # web meta line (来源 + 发布时间 + counter), decision 12
p.block(5, 5, "PAGE")                  # 【字号:
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "CAPTION", article=1)    # photo placeholder (file name) inside the article
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "CAPTION", article=1)
p.block(15, 15, "BODY", article=1)

p.save()
