"""page-5309: 维西傈僳族自治县人民政府 (weixi.gov.cn, 政府信息公开 > 永春乡人民政府 > 工作动态), 2022-08-01,
one article: 积聚巾帼青年力量 合力提升人居环境 (永春乡妇联、团委's clean-up day in 三家村).
Text as returned by the `pages` store, from its title; the cut last footer line was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5309", "corpus/raw/pages/5309_weixi_yongchun_renju_huanjing.txt",
         publisher="维西傈僳族自治县人民政府", date="2022-08-01", script="simplified", origin="pages")

# ---- line 1: headline (no entity); lines 2-4: 发布时间/浏览次数, 字体, 打印 (site furniture)

# ---- line 6
p.slogan("COUNT", "七个专项行动", line=6)          # 爱国卫生“七个专项行动”: items not listed here
p.ent("ORG", "永春乡妇联", line=6)
p.ent("ORG", "团委", line=6)                        # 永春乡妇联、团委: the township's League committee
p.slogan("GROUP", "三下乡", line=6)                  # 大学生暑期“三下乡”社会实践活动
p.ent("ADMIN", "永春乡", line=6, after="人,在")
p.ent("ADMIN", "三家村", line=6)
#   牛圈房四组: a 村民小组, no unit (decision 3)

# ---- lines 8, 10: no names (不怕苦、不怕累、不怕脏 has no numeral)

# ---- line 12
p.ent("ADMIN", "永春", line=12, before="妇女青年在行动")   # 永春妇女青年: the township by its short name
p.ent("ADMIN", "永春乡", line=12)
p.ent("ORG", "县委", line=12)
p.ent("ORG", "县政府", line=12)

# ---- line 15: site host line
p.ent("ORG", "维西傈僳族自治县人民政府办公室", line=15)
p.ent("ORG", "维西傈僳族自治县人民政府", line=15)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 4, "PAGE")          # 发布时间:… 浏览次数:…, 字体:[ ], 打印
p.block(6, 12, "BODY", article=1)
p.block(15, 15, "PAGE")        # 主办:… 承办:… (site host line)

p.save()
