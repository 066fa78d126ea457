"""page-3201: 抚远市人民政府 (hljfy.gov.cn, 抚远市 of 佳木斯, 黑龙江), one article on the city's
宣传思想文化工作会议 (2026-03-19). Text as returned by the `pages` store, which begins with the
first body sentence (the page's title is not stored), down to the site's 公网安备 line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3201", "corpus/raw/pages/3201_fuyuan_xuanchuan_huiyi.txt",
         publisher="抚远市人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("PERSON", "习近平", line=1)                   # inside the ideology's name
p.ent("ADMIN", "佳木斯市", line=1)                  # 佳木斯市宣传部长会议: unit inside a meeting's name
#   全国、全省网信办主任会议: offices of every level, no one body -> no ORG
p.ent("ORG", "市委", line=1, after="网信办")        # 市委部署要求
p.ent("ORG", "市委", line=1, after="工作。")        # 市委常委 -> ORG 市委
p.ent("ORG", "宣传部", line=1, after="市委常委")    # 宣传部部长 -> ORG 宣传部
p.ent("PERSON", "郑翔云", line=1)

# ---- line 3
p.ent("ORG", "市委", line=3)                        # 在市委坚强领导下

# ---- line 4
p.slogan("PLAN", "十五五", line=4)
p.ent("ADMIN", "抚远", line=4, nth=1)               # 也是抚远巩固发展成果
p.slogan("PARALLEL", "一体、两翼、三支撑、四保障", line=4)   # 总体工作布局: kind noun outside; items not spelled out
p.ent("ADMIN", "抚远", line=4, after="中国式现代化")  # 中国式现代化: fixed term, no ADMIN

# ---- line 5: units that spoke
p.ent("ORG", "市公安局", line=5)
for s in ["抚远镇", "通江镇", "浓桥镇"]:
    p.ent("ADMIN", s, line=5)
p.ent("ORG", "市融媒体中心", line=5)
p.ent("ORG", "市非遗中心", line=5)
for s in ["乌苏镇", "海青镇", "别拉洪乡"]:
    p.ent("ADMIN", s, line=5)
p.ent("ORG", "市民宗局", line=5)
p.ent("ORG", "市市监局", line=5)
p.ent("ORG", "市林草局", line=5)
p.ent("ORG", "市税务局", line=5)
p.ent("ADMIN", "黑瞎子岛镇", line=5)               # 黑瞎子岛镇|东极村: chain split
p.ent("ADMIN", "东极村", line=5)
p.ent("ADMIN", "浓江乡", line=5)
p.ent("ADMIN", "生德库村", line=5)

# ---- lines 6-8: editor lines (PAGE, names PERSON, no byline span)
p.ent("PERSON", "郭焓", line=6)
p.ent("PERSON", "贲丽如", line=7)
p.ent("PERSON", "陈雪妍", line=8)

# ---- blocks (no HEADLINE: the stored page has no title)
p.block(1, 1, "BODY", article=1)
p.block(3, 5, "BODY", article=1)
p.block(6, 9, "PAGE")          # 监审/审核/编辑 lines and the 公网安备 line

p.save()
