"""page-2708: 光山新闻网 (光山县, 信阳, 河南; page stored at gsdjw.com/news/cj/345341.html), 2022-09-23:
one article, “五星”闪耀助力乡村全面振兴 (高庄镇车集村 and its “五星”支部 work).
Text as returned by the `pages` store, from its title; its last paragraph (“为打造‘支部过硬星’,…
将‘五) is cut off mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2708", "corpus/raw/pages/2708_guangshan_wuxing.txt",
         publisher="光山新闻网", date="2022-09-23", script="simplified", origin="pages")

# ---- line 1: headline; 五星 first mention carries the expansion (items on line 12)
p.slogan("GROUP", "五星", line=1,
         expansion=["支部过硬", "产业兴旺", "生态宜居", "平安法治", "文明幸福"])

# ---- line 3: the page's source line (medium + scraper account + timestamp)
p.byline("BYLINE", "光山新闻网", line=3)
p.ent("ORG", "光山新闻网", line=3)
#   采集侠: the account/tool that posted the page (a site account names no one): no span

# ---- line 4: 浏览 (counter): PAGE

# ---- line 6: 原标题: … (the title printed again, with its original subtitle)
p.slogan("GROUP", "五星", line=6, nth=1)
p.slogan("GROUP", "五星", line=6, nth=1)           # nth=1 of the still-free hits: the second one
p.ent("ADMIN", "高庄镇", line=6)
p.ent("ADMIN", "车集村", line=6)

# ---- line 8
p.slogan("GROUP", "五星", line=8, every=True)      # ‘五星’支部, “五星”支部创建工作
p.ent("ADMIN", "高庄镇", line=8)
p.ent("ADMIN", "车集村", line=8)
p.ent("PERSON", "李文礼", line=8)                  # 村民李文礼

# ---- line 10
p.ent("ADMIN", "车集村", line=10)
#   全国民主法治示范村: a title, no span
p.ent("ADMIN", "中国", line=10)                    # 中国民间文化艺术之乡: unit inside an award name (decision 2)
p.ent("ADMIN", "河南省", line=10)
p.slogan("PER_UNIT", "一村一品", line=10)

# ---- line 12
p.ent("ADMIN", "车集村", line=12)
p.slogan("GROUP", "五星", line=12, every=True)     # two mentions
p.slogan("GROUP", "三零", line=12)                 # “三零”创建: items not spelled out, no expansion

# ---- line 14: crosshead, no spans

# ---- line 16
p.ent("ADMIN", "车集村", line=16)                  # 车集村便民服务站: facility, unit inside
p.ent("PERSON", "郭亮亮", line=16)
p.ent("PERSON", "张莎莎", line=16)

# ---- line 18
p.ent("ADMIN", "车集村", line=18, every=True)
p.slogan("GROUP", "五星", line=18)
p.slogan("PARALLEL", "三好一严格", line=18,
         expansion=["争当好支书", "建设好班子", "锻造好队伍", "严格组织生活"])

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)               # medium + timestamp: the page's source line
p.block(4, 4, "PAGE")                            # 浏览
p.block(6, 6, "HEADLINE", article=1)             # 原标题: the title printed a second time
p.block(8, 12, "BODY", article=1)
p.block(14, 14, "CROSSHEAD", article=1)
p.block(16, 18, "BODY", article=1)

p.save()
