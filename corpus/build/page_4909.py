"""page-4909: 中共铜川市委文明办 (wmb.tongchuan.gov.cn, 创文动态 section), 2023-02-07, one article:
市委文明办传达贯彻市“两会”精神. Text as returned by the `pages` store, from its title (the
breadcrumb 当前位置是:首页 > 创文动态 > 正文 above the title was left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4909", "corpus/raw/pages/4909_tongchuan_wenmingban_lianghui.txt",
         publisher="中共铜川市委文明办", date="2023-02-07", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市委文明办", line=1)
#   市“两会”: a count of meetings, no formula (decision 16NN/17NN); 市 is a level word

# ---- line 3: web meta line: timestamp outside, labelled credit 作者: is the BYLINE
p.byline("BYLINE", "作者:图/文:吴晨阳", line=3)
p.ent("PERSON", "吴晨阳", line=3)

# ---- line 7
p.ent("ORG", "市委文明办", line=7, nth=1)
p.ent("ORG", "市提升办", line=7, nth=1)
p.ent("ORG", "市委文明办", line=7, after="贯彻落实工作")   # 市委文明办主任: title contracted, organ kept
p.ent("ORG", "市提升办", line=7, after="主任、")          # 市提升办常务副主任
p.ent("PERSON", "张桂芝", line=7)

# ---- line 11
p.ent("ORG", "省委", line=11)                          # 省委书记赵一德
p.ent("PERSON", "赵一德", line=11)
p.slogan("COUNT", "三个年", line=11)                    # 全省“三个年”活动 (items not listed)
p.ent("ORG", "铜川市十七届人大", line=11)                # a congress of a numbered term (21NN); 三次会议 is the event
p.ent("ORG", "政协铜川市", line=11)                      # 十五届二次会议: the session, outside

# ---- line 13
p.slogan("COUNT", "三个年", line=13)
p.ent("ADMIN", "铜川", line=13)                         # 中国式现代化铜川实践 (decision 2; 中国式现代化 no span)

# ---- line 15
p.ent("ORG", "市委", line=15, after="统一到")             # 市委市政府 -> two ORG
p.ent("ORG", "市政府", line=15, after="统一到")
#   全国文明办主任会议: names every office's heads, no body (43NN 全市农牧局长工作会议)
#   新时代文明实践中心(所、站): bare, no span
#   “勤快严实精细廉”: no numeral, no formula
p.ent("ADMIN", "铜川", line=15)                         # 幸福美丽铜川

# ---- line 17: the signing unit under the last paragraph
p.byline("CREDIT", "中共铜川市委文明办", line=17)
p.ent("ORG", "中共铜川市委文明办", line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "PAGE")            # picture file name
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "PAGE")            # picture file name
p.block(11, 17, "BODY", article=1)

p.save()
