"""page-5613: 江苏统一战线 (jstz.gov.cn, site of 中共江苏省委统战部), 2023-12-25, one article from its
南通 channel: 崇川区“紫琅同心·江海同舟百年路”统战文化建设系列行动启动暨“民主党派之家”揭牌仪式
(来源: 南通市委统战部). Text as returned by the `pages` store, from its title; the last paragraph
("市委统", cut mid-word) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5613", "corpus/raw/pages/5613_jstz_chongchuan_tongzhan.txt",
         publisher="中共江苏省委统战部", date="2023-12-25", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline with the site's city-channel tag [南通]
p.ent("ADMIN", "南通", line=1)                     # [南通]: the channel of 南通市
p.ent("ADMIN", "崇川区", line=1)
#   紫琅, 江海: epithets of 南通 inside a campaign name (no ADMIN, like 雄关)
#   “民主党派之家”: a venue/platform, no ORG (decision 14)

# ---- line 3: web meta line, source credit (decision 12): BYLINE, timestamp outside
p.byline("BYLINE", "来源:南通市委统战部", line=3)
p.ent("ORG", "南通市委统战部", line=3)

# ---- line 7
p.ent("PERSON", "习近平", line=7)                  # 习近平总书记
p.ent("PERSON", "习近平", line=7)                  # 习近平文化思想
p.ent("ADMIN", "崇川区", line=7)                   # 崇川区“紫琅同心…”系列行动
p.ent("ORG", "南通市委统战部", line=7)
p.ent("PERSON", "马建清", line=7)
p.ent("ORG", "市委统战部", line=7)                 # 市委统战部副部长王文圣
p.ent("PERSON", "王文圣", line=7)
p.ent("ORG", "市委统战部办公室", line=7)           # sub-unit with its organ, 主任 a title
p.ent("PERSON", "周伟", line=7)
p.ent("ORG", "市委统战部民主党派工作处", line=7)   # sub-unit, 处长 a title
p.ent("PERSON", "纪丽", line=7)
p.ent("ORG", "崇川区委", line=7)                   # 崇川区委常委 -> ORG 崇川区委
p.ent("ORG", "崇川经济开发区党工委", line=7)       # a zone's organ named by the zone: one ORG
p.ent("PERSON", "闫静翔", line=7)
p.ent("ORG", "区委", line=7, after="闫静翔")       # 区委常委
p.ent("ORG", "统战部", line=7, after="闫静翔")     # 统战部部长: the district's department
p.ent("ORG", "组织部", line=7, after="闫静翔")     # 组织部部长
p.ent("PERSON", "张明星", line=7)

# ---- line 9
p.ent("PERSON", "张明星", line=9)
p.ent("ADMIN", "崇川区", line=9)
p.ent("ADMIN", "崇川", line=9, nth=1)              # 崇川统战文化 (bare short name of the district)
p.ent("ADMIN", "崇川", line=9, nth=1)              # 崇川新实践

# ---- line 11
p.ent("ORG", "市委统战部", line=11)
p.ent("PERSON", "马建清", line=11)
p.ent("ORG", "区委", line=11)
p.ent("ORG", "统战部", line=11, after="区委常委")
p.ent("ORG", "组织部", line=11)
p.ent("PERSON", "张明星", line=11)
p.ent("ADMIN", "崇川区", line=11)

# ---- line 13
p.ent("ORG", "市委统战部", line=13)
p.ent("PERSON", "王文圣", line=13)
p.ent("ORG", "区委", line=13)                      # first 区委常委
p.ent("ORG", "崇川经济开发区党工委", line=13)
p.ent("PERSON", "闫静翔", line=13)
p.ent("ORG", "区委", line=13, after="闫静翔")      # second 区委常委
p.ent("ORG", "统战部", line=13, after="闫静翔和区委常委")
p.ent("ORG", "组织部", line=13)
p.ent("PERSON", "张明星", line=13)
p.ent("ADMIN", "崇川区", line=13)                  # “崇川区民主党派之家”: unit inside a venue's name

# ---- line 15
p.ent("ORG", "区委统战部", line=15)
p.ent("PERSON", "严晓蓓", line=15)
p.ent("ADMIN", "崇川区", line=15)                  # 《崇川区…实施方案》: unit inside a document title
p.ent("ADMIN", "崇川区", line=15)                  # 崇川区统战文化“同心之旅”

# no numbered formula on the page (紫琅同心·江海同舟百年路, 同心之旅: brand names without numerals)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)    # timestamp | 来源:南通市委统战部
p.block(5, 5, "PAGE")                 # 字号变大| 字号变小 (site furniture)
p.block(7, 15, "BODY", article=1)

p.save()
