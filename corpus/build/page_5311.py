"""page-5311: 准格尔旗人大常委会 (准旗人大, zgerd.gov.cn), 2020-01-21, one article:
准格尔旗人大常委会组织自治区、市人大代表开展集体视察. Text as returned by the `pages` store,
from the site's greeting line (the stored page is complete: its last paragraph ends on a full stop)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5311", "corpus/raw/pages/5311_zhungeer_renda_shicha.txt",
         publisher="准格尔旗人大常委会", date="2020-01-21", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: site greeting (PAGE); the site named by its organ's short name
p.ent("ORG", "准旗人大", line=1)                    # an organ's own web site is ORG

# ---- line 5: headline
p.ent("ORG", "准格尔旗人大常委会", line=5)
p.ent("ORG", "市人大", line=5)                      # 市人大代表 -> ORG 市人大 + title (阿右旗人大代表 rule);
                                                    # 自治区(人大) before it: a level word, no span

# ---- line 9: first paragraph
p.ent("ORG", "旗人大常委会", line=9, nth=1)
p.ent("ORG", "市人大", line=9)
p.ent("ADMIN", "大路", line=9)                      # 大路工业园区: a park named after 大路镇 (decision 2)
p.ent("ADMIN", "十二连城乡", line=9)
p.ent("ORG", "旗人民政府", line=9)
p.ent("PERSON", "张银银", line=9)
p.ent("ORG", "旗人大常委会", line=9)                # 旗人大常委会副主任董五半
p.ent("PERSON", "董五半", line=9)
p.ent("PERSON", "安霞", line=9)

# ---- line 11: the sites visited
p.ent("ORG", "伊泰", line=11)                       # 伊泰煤制油项目: the enterprise inside a project's name
p.ent("ORG", "久泰能源", line=11)                   # 久泰能源60万屯烯烃项目
p.ent("ORG", "曜园科技", line=11)                   # a company listed by its name
p.ent("ORG", "骏成新材料", line=11)                 # 骏成新材料项目
p.ent("ADMIN", "西不拉村", line=11)
p.ent("ADMIN", "兴胜店村", line=11)                 # 兴胜店村设施农业项目
p.ent("ORG", "西柴登村舒渊农业科技公司", line=11)   # enterprise with its village prefix (§2)
p.ent("ORG", "五家尧蒙融农牧业公司", line=11)       # likewise, 五家尧 (a village) as prefix
p.ent("ADMIN", "五家尧", line=11)                   # 五家尧漠菇食用菌产业园: a park, the village inside it
# line 12: 我旗, 2020年人代会 -> no span

# ---- lines 17-18: 张银银's remarks
p.ent("PERSON", "张银银", line=17)
p.ent("ADMIN", "大路", line=17)                     # 大路工业园区
p.ent("ADMIN", "十二连城", line=17)                 # the township by its bare name
p.ent("PERSON", "张银银", line=18)
# 全旗, 人大代表 (generic deputies) -> no span

# ---- blocks
p.block(1, 1, "PAGE")          # 您好,欢迎来到准旗人大! (site greeting)
p.block(3, 3, "PAGE")          # 当前位置:首页>综合报道 (breadcrumb)
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "PAGE")          # 作者:  来源:  发布时间:… (both labels empty: a date-only meta line)
p.block(9, 9, "BODY", article=1)
p.block(11, 12, "BODY", article=1)
p.block(17, 18, "BODY", article=1)

p.save()
