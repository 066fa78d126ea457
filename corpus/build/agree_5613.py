"""agree-page-5613: 中共江苏省委统战部 (provincial united-front site, 南通 channel), 2023-12-25, one article:
[南通]崇川区“紫琅同心·江海同舟百年路”统战文化建设系列行动启动暨“民主党派之家”揭牌仪式成功举办.
Second-pass annotation, made without the first pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5613", "corpus/raw/pages/5613_jstz_chongchuan_tongzhan.txt",
         publisher="中共江苏省委统战部", date="2023-12-25", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline with the channel tag [南通]
p.ent("ADMIN", "南通", line=1)
p.ent("ADMIN", "崇川区", line=1)          # unit inside a campaign's name (decision 2)
#   紫琅 (epithet of 南通), 江海: no span; “民主党派之家”: a venue, no ORG

# ---- line 3: 2023年12月25日 11:20:21 | 来源:南通市委统战部 (meta line with a credit: BYLINE block)
p.byline("BYLINE", "来源:南通市委统战部", line=3)
p.ent("ORG", "南通市委统战部", line=3)

# ---- line 7
p.ent("PERSON", "习近平", line=7, nth=1)   # 习近平总书记
p.ent("PERSON", "习近平", line=7, nth=1)   # 习近平文化思想 (second hit, the first is now taken)
p.ent("ADMIN", "崇川区", line=7)           # 崇川区“紫琅同心…”系列行动
p.ent("ORG", "南通市委统战部", line=7)
p.ent("PERSON", "马建清", line=7)
p.ent("ORG", "市委统战部办公室", line=7)         # sub-unit joins its organ
p.ent("ORG", "市委统战部民主党派工作处", line=7)  # sub-unit joins its organ
p.ent("ORG", "市委统战部", line=7)               # 市委统战部副部长王文圣 (the remaining free one)
p.ent("PERSON", "王文圣", line=7)
p.ent("PERSON", "周伟", line=7)
p.ent("PERSON", "纪丽", line=7)
p.ent("ORG", "崇川区委", line=7)                 # 崇川区委常委: shortened title keeps its organ
p.ent("ORG", "崇川经济开发区党工委", line=7)     # a zone's own name opens its organ
p.ent("PERSON", "闫静翔", line=7)
p.ent("ORG", "区委", line=7, after="闫静翔")     # 区委常委
p.ent("ORG", "统战部", line=7, after="闫静翔")   # bare organ meaning one specific body (decision 13)
p.ent("ORG", "组织部", line=7)
p.ent("PERSON", "张明星", line=7)

# ---- line 9
p.ent("PERSON", "张明星", line=9)
p.ent("ADMIN", "崇川区", line=9)
p.ent("ADMIN", "崇川", line=9, every=True)       # 崇川统战文化, 中国式现代化崇川新实践
#   “更重要”: no slogan; 中国式现代化: fixed political term, no span

# ---- line 11
p.ent("ORG", "市委统战部", line=11)
p.ent("PERSON", "马建清", line=11)
p.ent("ORG", "区委", line=11)
p.ent("ORG", "统战部", line=11, after="区委")
p.ent("ORG", "组织部", line=11)
p.ent("PERSON", "张明星", line=11)
p.ent("ADMIN", "崇川区", line=11)

# ---- line 13
p.ent("ORG", "市委统战部", line=13)
p.ent("PERSON", "王文圣", line=13)
p.ent("ORG", "崇川经济开发区党工委", line=13)
p.ent("ORG", "区委", line=13, every=True)        # 区委常委 ×2 (after 崇川经济开发区党工委 is taken)
p.ent("PERSON", "闫静翔", line=13)
p.ent("ORG", "统战部", line=13)
p.ent("ORG", "组织部", line=13)
p.ent("PERSON", "张明星", line=13)
p.ent("ADMIN", "崇川区", line=13)                # “崇川区民主党派之家”: a venue, unit inside

# ---- line 15
p.ent("ORG", "区委统战部", line=15)
p.ent("PERSON", "严晓蓓", line=15)
p.ent("ADMIN", "崇川区", line=15, every=True)    # 《崇川区…实施方案》, 崇川区统战文化“同心之旅”

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "PAGE")            # 字号变大| 字号变小
p.block(7, 15, "BODY", article=1)

p.save()
