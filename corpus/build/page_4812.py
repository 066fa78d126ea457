"""page-4812: 苏州市农业农村局 (nyncj.suzhou.gov.cn, 图片新闻), 2025-07-04, one article:
苏州市农业农村局召开半年度工作会议. Text as returned by the `pages` store, from its title (the
breadcrumb 当前位置: 首页 > 图片新闻 above it is left out); the store's last paragraph
(会议要求,…加快推进科技强农项目落地和片) was cut mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4812", "corpus/raw/pages/4812_suzhou_nyncj_bannian.txt",
         publisher="苏州市农业农村局", date="2025-07-04", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "苏州市农业农村局", line=1)

# ---- line 3: meta line; the labelled source is a BYLINE (decision 12), timestamp outside
p.byline("BYLINE", "来源: 局办公室", line=3)
p.ent("ORG", "局办公室", line=3)                       # the bureau's office (sub-unit joined to 局)

# ---- line 5
p.ent("ORG", "苏州市农业农村局", line=5)
p.ent("ORG", "市农业农村局党组", line=5)               # 党组 after an organ belongs to it; 书记、局长 titles
p.ent("PERSON", "宁春生", line=5)
#   各县级市(区)农业农村部门, 局机关各处室, 局属各事业单位: generic, no span

# ---- line 7
p.ent("ADMIN", "苏州", line=7)                         # 苏州科技强农大会: unit inside an event name
#   科技强农行动三年计划: a count of years, no formula

# ---- line 9
p.slogan("PER_UNIT", "一镇一村", line=9)               # “一镇一村”示范创建
p.slogan("GROUP", "三资", line=9)                      # 农村集体“三资”管理 (items not listed)
p.ent("ADMIN", "苏州", line=9)
#   太湖流域: a lake's basin, no unit

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)

p.save()
