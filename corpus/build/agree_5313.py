"""agree-page-5313: 辽宁省总工会 site (lnszgh), 2022-01-17, one article:
省总工会慰问组先后赴丹东市、抚顺市送温暖. Second (independent) pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5313", "corpus/raw/pages/5313_lnszgh_dandong_songwennuan.txt",
         publisher="辽宁省总工会", date="2022-01-17", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "省总工会慰问组", line=1)          # a team sent out by an organ: one ORG with it
p.ent("ADMIN", "丹东市", line=1)
p.ent("ADMIN", "抚顺市", line=1)

# ---- line 3: meta line  "2022-01-17 09:00:42 来源:本站原创 作者:admin 点击数:"
p.byline("BYLINE", "来源:本站原创", line=3)     # 本站 like 本网/本报: a source credit, never ORG
#   作者:admin is a site account: no credit (21NN decision); timestamp and 点击数 outside

# ---- line 7
p.ent("ORG", "省总工会慰问组", line=7, nth=1)
p.ent("ADMIN", "丹东市", line=7, nth=1)
#   “两节” (the two festivals): a count of festivals, no formula
p.ent("ORG", "中国邮政储蓄银行股份有限公司丹东市江城营业所", line=7)   # a bank's branch, whole name
p.ent("ORG", "省总工会慰问组", line=7)           # second free occurrence on the line
#   工会户外劳动者服务站点: a facility, no span; 全市, 工会组织: generic

# ---- line 9
p.ent("PERSON", "石玉英", line=9, every=True)    # 3x
p.ent("ORG", "省总工会慰问组", line=9, every=True)  # 2x
p.ent("ADMIN", "辽宁省", line=9, every=True)     # 辽宁省优秀共产党员, 辽宁省“三八”红旗手: award names (decision 2)
#   “三八”: a holiday, no formula; 党和政府, 工会: generic

# ---- line 11
p.ent("ORG", "丹东克隆集团有限责任公司", line=11)   # enterprise named in full
p.ent("ORG", "省总", line=11, before="、丹东市总")   # short form of 省总工会
p.ent("ORG", "丹东市总", line=11)                 # short form of 丹东市总工会
p.ent("ORG", "省总工会慰问组", line=11)
#   公司, 各级工会组织: generic

# ---- line 13
p.ent("PERSON", "王晓龙", line=13, every=True)    # 3x
p.ent("ORG", "省总工会慰问组", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # web meta line with a labelled source credit (decision 12)
p.block(4, 5, "PAGE")                  # 【字体: / 打印: site furniture
p.block(7, 13, "BODY", article=1)

p.save()
