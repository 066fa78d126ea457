"""page-5313: 辽宁省总工会 (lnszgh.org, the Liaoning Federation of Trade Unions' own site; meta line
来源:本站原创), 2022-01-17, one article: 省总工会慰问组先后赴丹东市、抚顺市送温暖.
Text as returned by the `pages` store, from its title; the store's opening ends inside the fifth body
paragraph (…省总工会慰问组对该班组“大爱), which is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5313", "corpus/raw/pages/5313_lnszgh_dandong_songwennuan.txt",
         publisher="辽宁省总工会", date="2022-01-17", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "省总工会慰问组", line=1)            # a team an organ sends out: one ORG with the organ
p.ent("ADMIN", "丹东市", line=1)
p.ent("ADMIN", "抚顺市", line=1)

# ---- line 3: web meta line (date, source, account)
p.byline("BYLINE", "来源:本站原创", line=3)        # labelled source credit; 本站 (this site) is never ORG
#   作者:admin: a site account names no one -> no span; 点击数: a counter

# ---- line 7
p.ent("ORG", "省总工会慰问组", line=7, nth=1)
p.ent("ADMIN", "丹东市", line=7)
#   “两节” (the two festivals): a count of festivals, no formula
p.ent("ORG", "中国邮政储蓄银行股份有限公司丹东市江城营业所", line=7)   # a bank's outlet named in full
p.ent("ORG", "省总工会慰问组", line=7)           # 省总工会慰问组来到了所内…
#   工会户外劳动者服务站点: generic facility, no span

# ---- line 9
p.ent("PERSON", "石玉英", line=9, nth=1)
p.ent("ORG", "省总工会慰问组", line=9, nth=1)
p.ent("ADMIN", "辽宁省", line=9, nth=1)          # 辽宁省优秀共产党员: unit inside an honour's name
p.ent("ADMIN", "辽宁省", line=9)                 # 辽宁省“三八”红旗手 (三八: a holiday, no formula)
p.ent("ORG", "省总工会慰问组", line=9)           # 省总工会慰问组|成员
p.ent("PERSON", "石玉英", line=9)
p.ent("PERSON", "石玉英", line=9)                # 83岁的石玉英

# ---- line 11
p.ent("ORG", "丹东克隆集团有限责任公司", line=11)
p.ent("ORG", "省总", line=11)                    # short form of 省总工会
p.ent("ORG", "丹东市总", line=11)                # short form of 丹东市总工会
p.ent("ORG", "省总工会慰问组", line=11)

# ---- line 13
p.ent("PERSON", "王晓龙", line=13, nth=1)
p.ent("ORG", "省总工会慰问组", line=13)
p.ent("PERSON", "王晓龙", line=13)
p.ent("PERSON", "王晓龙", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # date + 来源:本站原创 + 作者:admin: a meta line holding a credit
p.block(4, 5, "PAGE")                   # 【字体: / 打印 (site furniture)
p.block(7, 13, "BODY", article=1)

p.save()
