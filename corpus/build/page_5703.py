"""page-5703: 永清县人民政府 (county portal yongqing.gov.cn, 新闻中心 > 政务要闻; 永清县, 廊坊市, 河北),
2021-06-08, one article: 冯学军督导检查城乡环境综合整治工作. Text as returned by the `pages` store,
from its title (the breadcrumb 首页 > 新闻中心 > 政务要闻 above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5703", "corpus/raw/pages/5703_yongqing_fengxuejun_huanjing_zhengzhi.txt",
         publisher="永清县人民政府", date="2021-06-08", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("PERSON", "冯学军", line=1)

# ---- line 3: 发表日期:2021-06-08 (date-only meta line, PAGE, no span)

# ---- line 5
p.ent("ORG", "县委", line=5)                        # 县委书记 -> ORG 县委 + title
p.ent("PERSON", "冯学军", line=5)

# ---- line 6: the villages inspected, each after its township
p.ent("PERSON", "冯学军", line=6)
p.ent("ADMIN", "刘街乡", line=6)
p.ent("ADMIN", "彩木营村", line=6)
p.ent("ADMIN", "龙虎庄乡", line=6)
p.ent("ADMIN", "后刘官营村", line=6)
p.ent("ADMIN", "养马庄", line=6)                    # township named without 乡, parallel to 刘街乡/龙虎庄乡
p.ent("ADMIN", "东羊八庄村", line=6)

# ---- lines 7-8
p.ent("PERSON", "冯学军", line=7)                   # 全县: level word, no span
p.ent("PERSON", "冯学军", line=8)

# ---- line 9
p.ent("ORG", "县委", line=9)                        # 县委常委 -> ORG 县委 (a shortened title keeps its organ)
#   办公室主任: a bare 办公室 (decision 13) -> no span
p.ent("PERSON", "刘建华", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                               # 发表日期:2021-06-08 (date only)
p.block(5, 9, "BODY", article=1)

p.save()
