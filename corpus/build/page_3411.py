"""page-3411: 亳州市农业农村局 (nyncj.bozhou.gov.cn, 政务资讯 > 政务信息), 2024-01-25, one article:
亳州市召开全市农业重点工作调度视频会. Text as returned by the `pages` store, from the site's
top bar; its last paragraph (会议要求,…积极打造宜) was cut off mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3411", "corpus/raw/pages/3411_bozhou_nongye_diaodu.txt",
         publisher="亳州市农业农村局", date="2024-01-25", script="simplified", origin="pages")

# ---- line 4 / line 10: the title, printed twice
p.ent("ADMIN", "亳州市", line=4)
p.ent("ADMIN", "亳州市", line=10)

# ---- line 6: meta line, labelled source credit
p.byline("BYLINE", "来源:市农业农村局", line=6)
p.ent("ORG", "市农业农村局", line=6)

# ---- line 13
p.ent("PERSON", "习近平", line=13)
p.slogan("GROUP", "三农", line=13)                 # 三农工作: agriculture, villages, farmers
p.ent("ORG", "中央", line=13)                      # 中央、省委农村工作会议: the two convening organs
p.ent("ORG", "省委", line=13)
p.ent("ADMIN", "亳州市", line=13)                  # 亳州市农业重点工作调度视频会: unit inside an event name
p.ent("PERSON", "刘婉贞", line=13)                 # 副市长 刘婉贞

# ---- line 15
#   各县区政府: generic, no span
p.ent("ORG", "亳州高新区管委会", line=15)           # a zone's committee by the zone's name: one ORG
p.ent("ORG", "市农业农村局", line=15)

# ---- line 17: 产能提升, 非农化, 非粮化: no numeral, no formula

# ---- line 19
p.slogan("PARALLEL", "两多一高一种一金", line=19)
p.slogan("PARALLEL", "一市场一平台三屠宰", line=19)
p.slogan("PARALLEL", "三七百", line=19)            # a code of numerals naming a plan (like “1310”)
p.slogan("PARALLEL", "双招双引", line=19, every=True)   # three mentions
p.slogan("PLUS", "1+2+N", line=19)
p.ent("ADMIN", "亳州", line=19)                    # 亳州高端绿色食品产业
#   京津冀, 长三角, 珠三角: regions, no span

# ---- blocks
p.block(1, 2, "PAGE")            # top bar, breadcrumb
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 6, "BYLINE", article=1)
p.block(7, 7, "PAGE")            # 文字大小:
p.block(10, 10, "HEADLINE", article=1)   # the title printed again
p.block(13, 19, "BODY", article=1)

p.save()
