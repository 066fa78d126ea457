"""page-2313: 子洲县人民政府 (zizhou.gov.cn, 政务公开 > 政府会议), one article:
叶庆隆主持召开县政府第四次常务会议. Text as returned by the `pages` store, from its title;
the breadcrumb above the title and the last paragraph (cut off mid-sentence) are dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2313", "corpus/raw/pages/2313_zizhou_changwuhui.txt",
         publisher="子洲县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "叶庆隆", line=1)
p.ent("ORG", "县政府", line=1)                      # 县政府第四次常务会议: organ inside a meeting name

# ---- line 3
#   "政府县长叶庆隆": bare 政府 qualifying a title, no span (bare institution type)
p.ent("PERSON", "叶庆隆", line=3)
p.ent("ORG", "县政府", line=3, nth=1)               # 县政府第四次常务会议
p.ent("ORG", "县政府", line=3, nth=1)               # 县政府组成人员 (second occurrence; first now taken)
#   党组成员: bare 党组, no span
p.ent("ORG", "县委", line=3)                        # 县委常委 -> 县委
p.ent("ORG", "统战部", line=3)                      # 统战部长 -> 统战部 (shortened title keeps its department)
p.ent("PERSON", "吕瑞卿", line=3)
p.ent("ORG", "县政协", line=3)
p.ent("PERSON", "李凤宁", line=3)

# ---- line 5
p.ent("ORG", "县政府党组", line=5)                  # 县政府党组党建工作 (党组 kept inside the ORG)
p.ent("ADMIN", "子洲县", line=5, nth=1)             # 《子洲县财政涉农资金整合工作实施方案》
p.ent("ADMIN", "子洲县", line=5, nth=1)             # 《子洲县财政涉农资金整合使用管理办法》
p.ent("ADMIN", "子洲县", line=5, nth=1)             # 《子洲县县域经济社会发展监测考评办法》
p.ent("ADMIN", "子洲县", line=5, nth=1)             # 《子洲县创建国家义务教育均衡发展县实施方案》
p.ent("ORG", "卫计部门", line=5)                    # the county's 卫计 department, one specific body
p.ent("ORG", "子洲县中药材产业发展工作领导小组", line=5)  # a named leading group (book-title marks wrap it whole)

# ---- line 7
p.ent("PERSON", "叶庆隆", line=7, every=True)       # 要求 / 指出 / 要求 / 强调: four mentions
p.slogan("PARALLEL", "一岗双责", line=7)
p.ent("ADMIN", "子洲", line=7)                      # 结合子洲实际
p.slogan("PARALLEL", "双高双普", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)

p.save()
