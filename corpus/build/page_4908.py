"""page-4908: 资源县融媒体中心 (ziyuan.yunguilin.com, the county media centre's site on the
云桂林 platform), one article: 资源县领导调研木厂村乡村振兴及粤桂协作项目建设工作 (4月22日, year not
printed; the 2025年08月12日 line is the site's date banner, not the article's date).
Text as returned by the `pages` store, from the site's name line. The page prints no photo credit."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4908", "corpus/raw/pages/4908_ziyuan_muchangcun_diaoyan.txt",
         publisher="资源县融媒体中心", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: site name (PAGE)
p.ent("ORG", "资源县融媒体中心", line=1)

# ---- line 5: headline with its series banner
p.ent("ADMIN", "桂林", line=5)                  # 【桂林向您汇报(…)】: unit inside a campaign/series name
p.ent("ADMIN", "资源", line=5)                  # (资源篇): the 资源 episode, 资源 = the county
p.ent("ADMIN", "资源县", line=5)
p.ent("ADMIN", "木厂村", line=5)
#   粤桂协作: one-character short forms, no span

# ---- line 7: source line (BYLINE block); 36068 is the page's view counter, outside
p.byline("BYLINE", "来源:资源县融媒体中心", line=7)
p.ent("ORG", "资源县融媒体中心", line=7)

# ---- line 9
p.ent("ADMIN", "资源县", line=9)
p.ent("ORG", "县委", line=9)                    # 县委常委 -> ORG + title
p.ent("PERSON", "李源", line=9)
p.ent("ADMIN", "车田苗族乡", line=9)
p.ent("ADMIN", "木厂村", line=9)

# ---- line 11
p.ent("PERSON", "李源", line=11)
p.ent("ADMIN", "木厂村委会", line=11)           # 来到木厂村委会: a place people go to, stands for the village
p.ent("ADMIN", "木厂村", line=11, every=True)   # 木厂村的生态保护, 木厂村“十三五”…, 木厂村要立足当地
p.slogan("PLAN", "十三五", line=11)
#   自治区 (level word), “非农化”“非粮化” (no numeral), 粤桂 (one-character short forms): no spans

# ---- line 13
p.ent("ADMIN", "车田苗族乡", line=13)
p.ent("ADMIN", "木厂村", line=13, every=True)
#   木厂水、蕨坪自然屯: below village level, no span; 十万古田湿地公园: a park, no span

# ---- line 15
p.ent("ORG", "县乡村振兴局", line=15)
p.ent("ADMIN", "车田苗族乡", line=15)

# ---- line 17: the site's mobile-version link (PAGE)
p.ent("ORG", "桂林市资源县融媒体中心", line=17)   # …手机版: the medium by its channel, 手机版 outside

# ---- blocks
p.block(1, 1, "PAGE")            # site name
p.block(3, 3, "PAGE")            # date banner 2025年08月12日 星期二
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 15, "BODY", article=1)
p.block(17, 17, "PAGE")          # 桂林市资源县融媒体中心手机版

p.save()
