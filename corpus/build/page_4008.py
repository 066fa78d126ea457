"""page-4008: xjyszb.cn, a 济阳区 (济南市) news site, 要闻 digest of 2024-10-25 (publisher inferred:
the site's name is not printed on the stored page). Four ◆ news briefs. The stored text breaks off
in the fourth item's second paragraph (马宗辉一行先…), which was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4008", "corpus/raw/pages/4008_jiyang_yaowen_yihuyibiao.txt",
         publisher="xjyszb.cn", date="2024-10-25", script="simplified", origin="pages")

# ---- line 5: item 1
#   全区: level word, no span
p.slogan("PER_UNIT", "一户一表", line=5)              # one meter per household
p.ent("ORG", "区委", line=5)                          # 区委常委 -> ORG 区委 (contracted title)
p.ent("PERSON", "白宝强", line=5)                     # 副区长: title
# ---- line 6
p.ent("PERSON", "白宝强", line=6)
p.slogan("PER_UNIT", "一户一表", line=6)

# ---- line 7: item 2
#   我区: deictic, no span
p.ent("ORG", "区委", line=7)                          # 区委常委
p.ent("ORG", "政法委", line=7)                        # 政法委书记: the district's 政法委 (decision 13)
p.ent("PERSON", "梁甲猛", line=7)
p.ent("ORG", "区公安分局", line=7)                    # 区公安分局局长
p.ent("PERSON", "林景", line=7)
# ---- line 8
p.ent("PERSON", "梁甲猛", line=8)
#   全区教育系统: no named body

# ---- line 9: item 3
p.ent("ORG", "市统计局", line=9)
p.ent("PERSON", "李士营", line=9)
p.ent("ADMIN", "曲堤街道", line=9)
p.slogan("GROUP", "双随机", line=9)                   # 双 in a fixed formula (decision 10)
p.ent("PERSON", "陈潇", line=9)
# ---- line 10
p.ent("ORG", "市统计局", line=10)
p.ent("ADMIN", "曲堤街道", line=10, every=True)       # 曲堤街道工作人员, 曲堤街道会议室

# ---- line 11: item 4
p.ent("ADMIN", "山东省", line=11)                     # 山东省第30届环卫工人节: unit inside an event name
p.ent("ORG", "济南市城管局", line=11)
p.ent("PERSON", "马宗辉", line=11)
p.ent("PERSON", "潘欣", line=11)                      # 副区长潘欣

# ---- blocks
p.block(1, 1, "PAGE")              # 点击数 / 更新时间
p.block(3, 3, "COLUMN")            # 要 闻 (the site's section)
p.block(5, 6, "BODY", article=1)
p.block(7, 8, "BODY", article=2)
p.block(9, 10, "BODY", article=3)
p.block(11, 11, "BODY", article=4)

p.save()
