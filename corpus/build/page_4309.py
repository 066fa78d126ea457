"""page-4309: 莆田市荔城区纪委监委's site (荔城反腐倡廉网, lcffcl.gov.cn; publisher inferred from the domain
and the text), undated notice: 区委专项巡察组 进驻 14个村(社区) for the 换届选举专项巡察. Text as returned by
the `pages` store (its opening starts at the body; no title stored); the table rows keep the store's ' | '."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4309", "corpus/raw/pages/4309_licheng_xuncha.txt",
         publisher="莆田市荔城区纪委监委", date=None, script="simplified", origin="pages")

VILLAGES_A = ["西天尾镇", "洞湖村", "澄渚村"]
VILLAGES_B = ["新度镇", "青垞村", "渠桥村", "凌厝村"]
VILLAGES_C = ["黄石镇", "桥兜村", "清前村", "江东村", "华堤村"]
VILLAGES_D = ["北高镇", "渡岭村", "吴城村", "高洋村"]

# ---- line 1: the notice's opening paragraph
p.ent("ORG", "中国共产党", line=1)            # issuer inside a document title: ORG (docs: 资中县财政局 in 《…方案》)
p.ent("ORG", "中央", line=1)                  # 中央…关于巡察工作的部署要求: the centre acting
p.ent("ORG", "省委", line=1)
p.ent("ORG", "市委", line=1)
p.ent("ORG", "区委", line=1, nth=1)           # …、区委关于巡察工作
p.ent("ORG", "区委", line=1, after="经")       # 经区委同意
p.ent("ORG", "区委专项巡察组", line=1)          # the committee's team (like 区委第三巡察组)
for s in VILLAGES_A + VILLAGES_B + VILLAGES_C + VILLAGES_D:
    p.ent("ADMIN", s, line=1)
p.ent("ADMIN", "镇海街道", line=1)
p.ent("ADMIN", "文献社区", line=1)
p.ent("ADMIN", "拱辰街道", line=1)
p.ent("ADMIN", "长丰村", line=1)
#   巡察组已进驻巡察: bare kind, no span

# ---- line 2: table header
p.ent("ORG", "区委专项巡察一组", line=2)
p.ent("ORG", "区委专项巡察二组", line=2)

# ---- line 3: units inspected by each group
for s in VILLAGES_A + VILLAGES_C + ["镇海街道", "文献社区"] + VILLAGES_B + VILLAGES_D + ["拱辰街道", "长丰村"]:
    p.ent("ADMIN", s, line=3)

# ---- line 4: group leaders (names in a table still PERSON)
for s in ["郑金堂", "邱 霖", "郭 萍", "童清玉"]:
    p.ent("PERSON", s, line=4)

# ---- line 6: postal addresses
p.ent("ADMIN", "莆田市", line=6, nth=1)
p.ent("ADMIN", "荔城区", line=6, nth=1)
p.ent("ORG", "区委专项巡察一组", line=6)
p.ent("ADMIN", "莆田市", line=6, after="一组收")
p.ent("ADMIN", "荔城区", line=6, after="一组收")
p.ent("ORG", "区委专项巡察二组", line=6)

# ---- line 7: scope of petitions
p.ent("ORG", "中央", line=7)
p.ent("ORG", "省委", line=7)
p.ent("ORG", "市委", line=7)
p.ent("ORG", "区委", line=7)
#   专项巡察组主要受理: bare kind; 村(社区)两委班子: generic, and 两委 is a count of bodies
p.slogan("COUNT", "十个严禁", line=7)          # “十个严禁”换届纪律: items not listed on the page

# ---- blocks: one notice, no title stored
p.block(1, 7, "BODY", article=1)

p.save()
