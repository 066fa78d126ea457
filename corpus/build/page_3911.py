"""page-3911: 岐山县人民政府 (qishan.gov.cn, 首页 > 新闻 > 政务要闻), 2023-06-14, one article:
县长张军辉开展巡河检查 (来源: 县融媒体中心). Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3911", "corpus/raw/pages/3911_qishan_xunhe_jiancha.txt",
         publisher="岐山县人民政府", date="2023-06-14", script="simplified", origin="pages")

# ---- line 1: headline (县长 is a title)
p.ent("PERSON", "张军辉", line=1)

# ---- line 3: web meta line with a labelled source (decision 12), timestamp outside
p.byline("BYLINE", "来源:县融媒体中心", line=3)
p.ent("ORG", "县融媒体中心", line=3)

# ---- line 5: 石头河 is a river (no span); 县级总河湖长/县级河长 are titles
p.ent("PERSON", "张军辉", line=5)

# ---- line 7
p.ent("PERSON", "张军辉", line=7)

# ---- line 9: 习近平生态文明思想 -> PERSON 习近平; 河长制 has no numeral (no formula)
p.ent("PERSON", "张军辉", line=9)
p.ent("PERSON", "习近平", line=9)

# ---- line 11: participants and the closing reporter credit
p.ent("ORG", "县政府", line=11)          # 县政府副县长 -> ORG + title
p.ent("PERSON", "张陇娟", line=11)
p.ent("ADMIN", "蔡家坡镇", line=11)      # 蔡家坡镇镇长 -> the unit is ADMIN, 镇长 a title
p.ent("PERSON", "冯宏斌", line=11)
p.byline("CREDIT", "(记者:马祥)", line=11)  # reporter's bracket after the last sentence: CREDIT
p.ent("PERSON", "马祥", line=11)

# ---- line 14: site host line (PAGE), its bodies ORG
p.ent("ORG", "岐山县人民政府办公室", line=14)
p.ent("ORG", "岐山县人民政府", line=14)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)        # blank lines split it into four BODY blocks
p.block(14, 14, "PAGE")                  # 版权所有/主办 host line
p.block(16, 16, "PAGE")                  # ICP / 网站标识码 / 公网安备 line

p.save()
