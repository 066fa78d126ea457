"""page-1601: 定州日报 (dingzhoudaily.com, 文明定州 section), 2017-08-18, one article:
雄县考察团到我市参观考察. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1601", "corpus/raw/pages/1601_dingzhou_xiongxian_kaocha.txt",
         publisher="定州日报", date="2017-08-18", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "雄县", line=1)                      # 雄县考察团: the delegation is no ORG

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "本报讯(记者马梦超)")
p.ent("PERSON", "马梦超", line=5)
p.ent("ADMIN", "雄县", line=5)                      # 雄县县长 -> ADMIN + title
p.ent("PERSON", "杨跃峰", line=5)
for name in ["陈业鹏", "赵建斌", "王居野", "赵红亮", "杨晓", "张静"]:
    p.ent("PERSON", name, line=5)

# ---- line 6
p.ent("PERSON", "陈业鹏", line=6)                   # 市长陈业鹏
p.ent("PERSON", "杨跃峰", line=6)

# ---- line 7: the sites visited
p.ent("ORG", "定州中学", line=7)                    # a school (§2 ORG)
#   市城市规划展览馆: venue, no span (decision 14)
p.ent("ADMIN", "瘟庙街社区", line=7)
p.ent("PERSON", "张寒晖", line=7)                   # 张寒晖文化广场: a real person inside a site name
#   西城综合市场, 大世界广场: places, no span
p.ent("ADMIN", "中山丽都社区", line=7)
#   柠檬酸厂家属院: a residential compound, no ORG for the factory inside it
p.ent("ORG", "移动公司", line=7)                    # 移动公司营业厅: the company, its hall is a place
p.ent("ADMIN", "定州", line=7, after="营业厅")       # 定州博物馆: venue, unit inside it
p.ent("ORG", "市中医医院", line=7)                  # a hospital (§2 ORG)
p.ent("PERSON", "杨跃峰", line=7)
p.ent("ADMIN", "定州", line=7, after="借鉴")
p.ent("ADMIN", "雄县", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")          # 时间:… 来源:  作者: (both labels empty: a date-only meta line)
p.block(5, 7, "BODY", article=1)
p.block(9, 9, "PAGE")          # 责任编辑: (empty editor line)
p.block(11, 11, "PAGE")        # 相关新闻 (site furniture)
p.block(13, 13, "PAGE")        # 无相关信息

p.save()
