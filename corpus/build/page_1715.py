"""page-1715: 井冈山报 (吉安新闻网, jgsdaily.com), 2024-01-12, one article:
走出“增收路” 跑出“加速度”——吉州樟山镇扎实推进乡村振兴工作小记.
Text as returned by the `pages` store, from its title (breadcrumb above it dropped; the last
paragraph, cut off after 乡村要, dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1715", "corpus/raw/pages/1715_jgsdaily_zhangshan_zengshou.txt",
         publisher="井冈山报", date="2024-01-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "吉州", line=1)                       # 吉州 = 吉州区 (two-character short form)
p.ent("ADMIN", "樟山镇", line=1)

# ---- line 2: web meta line (timestamp outside the credit)
p.byline("BYLINE", "来源: 吉安新闻网—井冈山报", line=2)
p.ent("ORG", "吉安新闻网", line=2)
p.ent("ORG", "井冈山报", line=2)

# ---- line 4
p.ent("ADMIN", "吉州区", line=4)
p.ent("ADMIN", "樟山镇", line=4)
p.slogan("PARALLEL", "一核两翼三新", line=4)           # no items spelled out in the article
p.slogan("GROUP", "三牛", line=4)                     # 甘为樟三牛: 三牛 (孺子牛/拓荒牛/老黄牛), 樟 = 樟山's
#   吉先锋: 吉 is one character (no ADMIN); 党支部引领、合作社带动…: no numeral

# ---- line 6
p.ent("ORG", "青科源", line=6)                        # 我们青科源自己产的生态大米: the producer
p.ent("ADMIN", "吉州区", line=6)
p.ent("ADMIN", "樟山镇", line=6)
p.ent("ADMIN", "清湖村", line=6)
#   井冈山农产品旗舰店: 井冈山农产品 is the regional brand named after the mountain, no span
p.ent("ORG", "青科源", line=6, after="旗舰店")        # (青科源)展示馆: the enterprise inside the hall's name
p.ent("PERSON", "尹海云", line=6)

# ---- line 8
p.ent("ADMIN", "清湖村", line=8)
p.ent("ORG", "樟山镇政府", line=8)
#   尹家菜帮: a family group of traders, no ORG; “一板豆腐”“一张牛皮”“一车蔬菜”: story names, no formula
p.ent("PERSON", "尹海云", line=8)
p.ent("ADMIN", "吉州区", line=8)
p.ent("ORG", "青科源", line=8)                        # 吉州区青科源农业基地: the base is a site, the firm is ORG

# ---- line 10
p.ent("ADMIN", "樟山镇", line=10)
p.ent("ADMIN", "樟山", line=10)                       # “樟山菜帮”: unit inside a group's name (decision 2)
p.slogan("PARALLEL", "333", line=10)                  # “333”流动党员分类管理工作法: quoted code of digits
#   驻外党支部: generic; 吉先锋: one-character abbreviation

# ---- line 12
p.ent("ADMIN", "北京", line=12)                       # 北京菜帮
p.ent("ORG", "樟山镇清湖村党支部", line=12)            # a named village's branch, admin prefix attached
p.ent("PERSON", "黄斌隆", line=12)
p.ent("ADMIN", "清湖村", line=12, after="黄斌隆")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)       # 2024-01-12 10:59 来源: … (decision 12)
p.block(4, 12, "BODY", article=1)

p.save()
