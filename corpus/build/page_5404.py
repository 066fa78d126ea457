"""page-5404: 桐城新闻网 (桐城市融媒体中心主办, tcnews.cc), 镇街动态, 2026-01-22, one article:
孔城镇桐溪村:修路治水利长远 实干担当惠民生. Text as returned by the `pages` store, from the
site's header; the last stored paragraph (桐溪村两委深知…提上重要日) is cut mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5404", "corpus/raw/pages/5404_tongcheng_tongxi_xiulu.txt",
         publisher="桐城新闻网", date="2026-01-22", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- lines 1-4: site header, navigation, breadcrumb (PAGE; bodies keep their ORG spans)
p.ent("ORG", "桐城新闻网", line=1)
p.ent("ORG", "桐城市融媒体中心", line=1)      # (桐城市融媒体中心主办): the host line
p.ent("ORG", "桐城新闻网", line=4)            # breadcrumb

# ---- line 6: headline
p.ent("ADMIN", "孔城镇", line=6)
p.ent("ADMIN", "桐溪村", line=6)

# ---- line 10: source line under the title (decision 12)
p.byline("BYLINE", "来源:桐城市融媒体中心")
p.ent("ORG", "桐城市融媒体中心", line=10)

# ---- line 12
p.ent("ADMIN", "孔城镇", line=12)
p.ent("ADMIN", "桐溪村", line=12)
p.ent("PERSON", "刘中平", line=12)            # 村民刘中平

# ---- line 14
p.ent("PERSON", "刘中平", line=14)
p.ent("ADMIN", "桐溪村", line=14)            # 桐溪村境内; 八旗路: a road, no span

# ---- line 16
p.ent("ORG", "桐溪村两委", line=16)          # one village's 两委 (decision 5); 上级部门: generic

# ---- line 18
#   倪冲组, 邵嘴组: 村民小组, below village level, no span (decision 3)
p.ent("PERSON", "倪建平", line=18)
p.ent("PERSON", "王全友", line=18)
p.ent("ORG", "桐溪村两委", line=18)

# ---- line 20
#   渣泊滆: a river; 百罗村民组 / 百罗组: 村民小组, no span
p.ent("ADMIN", "桐溪村", line=20)            # 桐溪村内
p.ent("PERSON", "汪实如", line=20)            # 村民组长汪实如

# ---- blocks
p.block(1, 2, "PAGE")          # welcome/host line and navigation bar
p.block(4, 4, "PAGE")          # breadcrumb
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 8, "PAGE")          # date-only meta line
p.block(10, 10, "BYLINE", article=1)
p.block(12, 20, "BODY", article=1)

p.save()
