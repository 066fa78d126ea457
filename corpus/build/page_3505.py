"""page-3505: 南湖新闻网 (嘉兴市南湖区, on zjol.com.cn), 2017-06-13, one article from 嘉兴日报:
建设街道推出“周一社区工作日”制度. Text as returned by the `pages` store, from its top banner;
the last stored paragraph (同时,像环境整治、) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3505", "corpus/raw/pages/3505_nanhu_jianshe_zhouyi_shequ.txt",
         publisher="南湖新闻网", date="2017-06-13", script="simplified", origin="pages")

# ---- line 1: the site's campaign banner
p.slogan("GROUP", "五水共治", line=1)              # N + category (治污水、防洪水…): not spelled out here
#   劣Ⅴ类水: a water-quality class, no formula

# ---- line 2: breadcrumb (PAGE)
p.ent("ORG", "浙江在线", line=2)
p.ent("ORG", "南湖新闻网", line=2)
p.ent("ADMIN", "南湖", line=2, after="新闻中心")    # section 南湖新闻: the district's name inside it

# ---- line 6: subhead
p.ent("ADMIN", "建设街道", line=6)

# ---- line 8: web meta line (decision 12: one BYLINE per labelled credit, date outside)
p.byline("BYLINE", "来源:嘉兴日报", line=8)
p.byline("BYLINE", "作者:记 者 田 野 通讯员 黄永晓 李 莉", line=8)
p.ent("ORG", "嘉兴日报", line=8)
p.ent("PERSON", "田 野", line=8)
p.ent("PERSON", "黄永晓", line=8)
p.ent("PERSON", "李 莉", line=8)

# ---- line 10
#   王阿姨: address form, no PERSON
p.ent("ORG", "街道市场监管所", line=10)            # level word + organ (like 街道执法中队)
p.ent("ORG", "建设街道纪工委", line=10)            # 建设街道纪工委书记 -> ORG + title
p.ent("PERSON", "冯婕", line=10)
p.ent("ADMIN", "紫阳社区", line=10)

# ---- line 12
p.ent("PERSON", "冯婕", line=12, nth=1)
p.ent("ADMIN", "紫阳社区", line=12, nth=1)
p.ent("PERSON", "冯婕", line=12, nth=1)             # 于是冯婕积极协调
p.ent("ORG", "紫阳社区党委", line=12)              # 紫阳社区党委书记 -> ORG + title
p.ent("PERSON", "金照华", line=12)

# ---- line 14: 该街道 (deictic), nothing named

# ---- line 16
#   大年堂区域, 环坪里10号: places; 粮食局宿舍: a residential compound (no ORG, like 电业局住宅楼)
p.ent("ADMIN", "建设街道", line=16)

# ---- blocks
p.block(1, 2, "PAGE")                 # site banner + breadcrumb: consecutive PAGE lines, one block (§5)
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 6, "SUBHEAD", article=1)   # factual line after the catchy headline (decision 1)
p.block(8, 8, "BYLINE", article=1)    # date 来源: 作者: meta line
p.block(10, 16, "BODY", article=1)

p.save()
