"""page-2801: 牡丹江市东安区人民政府 (donganqu.gov.cn, the district government's portal), 2022-03-05,
one article: 长安街道:三月春“锋”暖 共谱文明曲. Text as returned by the `pages` store, taken from
its title (the portal banner, search box and breadcrumb above the title are left out); the page's
footer is kept (PAGE)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2801", "corpus/raw/pages/2801_dongan_changan_leifeng.txt",
         publisher="牡丹江市东安区人民政府", date="2022-03-05", script="simplified", origin="pages")

# ---- line 1: headline "Place:title"
p.ent("ADMIN", "长安街道", line=1)                  # the sub-district as the place of the story
#   三月春“锋”暖: a pun on 雷锋, one character, no PERSON

# ---- line 2: web meta line with a labelled credit (decision 12)
p.byline("BYLINE", "作者:长安街道办事处", line=2)
p.ent("ORG", "长安街道办事处", line=2)              # the office as author (decision 3: acting as an office)
#   发布时间 / 查看人数: timestamp and counter, outside the span

# ---- line 4
p.ent("PERSON", "雷锋", line=4)                    # 传承雷锋精神 (like 学雷鋒 -> 雷鋒)
p.ent("ORG", "长安街道新时代文明实践所", line=4)      # named with its unit prefix, acts (组织…)
p.ent("ORG", "牡丹江市文旅新局", line=4)             # as printed (sic)
p.ent("ORG", "牡丹江市档案馆", line=4)
p.ent("ADMIN", "福民社区", line=4)
p.ent("ADMIN", "幸福社区", line=4)
#   “共享公益银行”: a volunteer points programme, no ORG (doubt, see notes)
p.ent("ORG", "幸福马甲志愿服务队", line=4)           # named team, partner in 联动; quotes wrap the whole name

# ---- line 6
p.ent("ADMIN", "长安", line=6)                      # 美丽长安: the sub-district inside a slogan-like phrase

# ---- line 8
p.ent("ORG", "长安街道新时代文明实践所", line=8)
p.ent("ADMIN", "长安街道", line=8, after="新格局")   # 为长安街道社区治理: the place
#   一条心 / 一股绳 / 一盘棋: idioms, not formulas (docs/annotation.md: 一盘棋, 一条心)

# ---- footer
p.ent("ORG", "东安区政府", line=11)                 # 主办单位: (contact/site line: PAGE, span kept)
p.ent("ORG", "牡丹江艺通网络公司", line=13)          # 网站制作: an enterprise

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 8, "BODY", article=1)
p.block(10, 14, "PAGE")          # 上一篇 下一篇, 主办单位, 网站标识码/ICP, 网站制作, visitor counter

p.save()
