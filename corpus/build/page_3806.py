"""page-3806: 石林彝族自治县人民政府 (kmsl.gov.cn), 2023-03-02, one article:
国家林草局包片蹲点指导组到石林开展森林草原防火调研. Text as returned by the `pages` store,
from its title (the navigation stubs before it, "|", "国务院信息:", "省政府信息:", dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3806", "corpus/raw/pages/3806_shilin_linye_fanghuo.txt",
         publisher="石林彝族自治县人民政府", date="2023-03-02", script="simplified", origin="pages")

TEAM = "国家林草局包片蹲点指导组"   # a central bureau's named working group: one ORG with its parent

# ---- line 1: headline
p.ent("ORG", TEAM, line=1)
p.ent("ADMIN", "石林", line=1)

# ---- line 3: meta line (decision 12): 信息来源 credit = BYLINE, timestamp outside
p.byline("BYLINE", "信息来源:石林彝族自治县人民政府", line=3)
p.ent("ORG", "石林彝族自治县人民政府", line=3)

# ---- line 5
p.ent("ORG", "国家林草局防火中心", line=5)        # sub-unit joins its bureau
p.ent("PERSON", "杨海军", line=5)
p.ent("ORG", "森林草原防火高级专家组", line=5)    # a named national expert group (doubt: see notes)
p.ent("PERSON", "史永林", line=5)
p.ent("ORG", TEAM, line=5)
#   省、市防火工作领导: level words
p.ent("ADMIN", "石林县", line=5)
p.ent("ORG", "县人民政府", line=5)
p.ent("PERSON", "朱加智", line=5)
p.ent("ORG", "县林草局", line=5)
p.ent("PERSON", "普光富", line=5)

# ---- line 9
p.ent("ORG", TEAM, line=9)
p.ent("ADMIN", "石林县", line=9)
p.ent("ADMIN", "长湖镇", line=9)
#   石黄牛值守点, 文笔山值守点, 卡左山瞭望台: sites, no span

# ---- line 13
p.ent("PERSON", "朱加智", line=13)
#   我县 ×3: deictic, no span
p.ent("ORG", TEAM, line=13)

# ---- line 17
p.ent("ORG", "石林县林草局", line=17)

# ---- line 22: rights line (PAGE), bodies ORG
p.ent("ORG", "石林彝族自治县人民政府", line=22, nth=1)
p.ent("ORG", "石林彝族自治县人民政府", line=22, nth=1)   # in the Chinese domain name 石林彝族自治县人民政府.政务 (doubt: see notes)

# ---- line 24: host line (PAGE), bodies ORG
p.ent("ORG", "石林彝族自治县人民政府办公室", line=24)
p.ent("ORG", "石林县工业和信息化局", line=24)
p.ent("ORG", "石林县人民政府新闻办公室", line=24)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")          # picture file name
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "PAGE")        # picture file name
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "PAGE")        # picture file name
p.block(17, 17, "BODY", article=1)
p.block(20, 20, "PAGE")        # 友情链接
p.block(22, 22, "PAGE")        # 版权所有 / 中文域名
p.block(24, 25, "PAGE")        # 主办 / 承办 / 联系电话

p.save()
