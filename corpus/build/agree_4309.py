"""agree-page-4309: a district discipline-inspection notice of 莆田市荔城区 (区委专项巡察组进驻 14 村(社区)
换届选举专项巡察), no title, no byline on the stored text. Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4309", "corpus/raw/pages/4309_licheng_xuncha.txt",
         publisher="荔城区纪委监委", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: the notice's paragraph
p.ent("ORG", "中国共产党", line=1)          # 《中国共产党巡视工作条例》: an organisation inside a document title
p.ent("ORG", "中央", line=1)                # 中央和省委、市委、区委关于…的部署要求: the centre issuing
p.ent("ORG", "省委", line=1)
p.ent("ORG", "市委", line=1)
p.ent("ORG", "区委", line=1)                # …区委关于巡察工作
p.ent("ORG", "区委", line=1, after="经")    # 经区委同意
p.ent("ORG", "区委专项巡察组", line=1)
for s in ["西天尾镇", "洞湖村", "澄渚村", "新度镇", "青垞村", "渠桥村", "凌厝村",
          "黄石镇", "桥兜村", "清前村", "江东村", "华堤村", "北高镇", "渡岭村", "吴城村",
          "高洋村", "镇海街道", "文献社区", "拱辰街道", "长丰村"]:
    p.ent("ADMIN", s, line=1)
# 14个村(社区)党组织: kind of body; 巡察组已进驻: bare team word, no span

# ---- line 2: table header
p.ent("ORG", "区委专项巡察一组", line=2)
p.ent("ORG", "区委专项巡察二组", line=2)

# ---- line 3: units inspected
for s in ["西天尾镇", "洞湖村", "澄渚村", "黄石镇", "桥兜村", "清前村", "江东村", "华堤村",
          "镇海街道", "文献社区", "新度镇", "青垞村", "渠桥村", "凌厝村", "北高镇", "渡岭村",
          "吴城村", "高洋村", "拱辰街道", "长丰村"]:
    p.ent("ADMIN", s, line=3)

# ---- line 4: team leaders
for s in ["郑金堂", "邱 霖", "郭 萍", "童清玉"]:
    p.ent("PERSON", s, line=4)

# ---- line 6: postal addresses
p.ent("ADMIN", "莆田市", line=6, nth=1)
p.ent("ADMIN", "荔城区", line=6, nth=1)
p.ent("ORG", "区委专项巡察一组", line=6)
p.ent("ADMIN", "莆田市", line=6)
p.ent("ADMIN", "荔城区", line=6)
p.ent("ORG", "区委专项巡察二组", line=6)

# ---- line 7: scope of petitions
p.ent("ORG", "中央", line=7)
p.ent("ORG", "省委", line=7)
p.ent("ORG", "市委", line=7)
p.ent("ORG", "区委", line=7)
# 专项巡察组主要受理: bare kind of team (decision 13), no span; 两委班子, 有关部门: generic
p.slogan("COUNT", "十个严禁", line=7)       # “十个严禁”换届纪律; the items are not spelt out

# ---- blocks: one paragraph, a table and a closing paragraph, no blank line between them
p.block(1, 7, "BODY", article=1)

p.save()
