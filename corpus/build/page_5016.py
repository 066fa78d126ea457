"""page-5016: 中共赤峰市委统战部 (cfstzb.gov.cn; inferred from the domain), no date printed.
One article: 敖汉旗统一战线铸牢中华民族共同体意识座谈会. Text as returned by the `pages` store; the
store keeps no title for this page (it opens with the first paragraph); the text ends on a full stop."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5016", "corpus/raw/pages/5016_aohan_tongzhan_zuotanhui.txt",
         publisher="中共赤峰市委统战部", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "敖汉旗", line=1)                       # inside the meeting's name (decision 2)
p.ent("ORG", "旗委", line=1)                           # 旗委常委 -> ORG 旗委 (shortened title)
p.ent("ORG", "统战部", line=1)                         # 统战部部长 -> ORG 统战部 (decision 15)
p.ent("PERSON", "白玲", line=1)
p.ent("ORG", "工商联", line=1)                         # 全旗工商联: the banner's federation (decision 13)
#   无党派人士、党外知识分子、…新的社会阶层: sectors, no span

# ---- line 2
p.ent("ORG", "中央", line=2)                           # 拥护中央和…决策部署: the centre acting
p.ent("ORG", "自治区党委", line=2)
p.ent("ORG", "市委", line=2)
p.ent("ORG", "旗委", line=2)

# ---- line 3
p.ent("PERSON", "白玲", line=3)
p.slogan("COUNT", "四个意识", line=3)
p.slogan("COUNT", "四个自信", line=3)
p.slogan("COUNT", "两个维护", line=3)
p.ent("ORG", "党中央", line=3)
#   我旗: deictic, no span

# ---- line 4
p.ent("PERSON", "白玲", line=4)
p.ent("ADMIN", "敖汉", line=4)                         # 敖汉民族团结进步事业: the banner's short name
#   一是/二是/三是: enumeration in prose, no formula

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
