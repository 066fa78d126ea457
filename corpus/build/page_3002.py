"""page-3002: 洞头新闻网 (洞头网, dtxw.cn, 温州市洞头区; 洞头新闻 > 书记专集), 2021-01-27, one article:
王蛟虎调研大门镇. Text as returned by the `pages` store, from its title (the site's navigation lines
above the title are left out); the last paragraph (随后王蛟虎一行) was cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3002", "corpus/raw/pages/3002_dongtou_damen_diaoyan.txt",
         publisher="洞头新闻网", date="2021-01-27", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "王蛟虎", line=1)
p.ent("ADMIN", "大门镇", line=1)

# ---- line 2: meta line (timestamp outside, labelled source credit)
p.byline("BYLINE", "来源:洞头新闻网", line=2)
p.ent("ORG", "洞头新闻网", line=2)

# ---- line 3: 核心提示 (web summary under the title)
p.ent("ORG", "区委", line=3)                         # 区委书记 -> ORG 区委 + title
p.ent("PERSON", "王蛟虎", line=3)
p.ent("ADMIN", "大门镇", line=3)
for name in ["侯合海", "林上达", "朱学进"]:
    p.ent("PERSON", name, line=3)

# ---- line 7: byline + lead
p.byline("BYLINE", "洞头网讯(通讯员 郑历橙)", line=7)
p.ent("ORG", "洞头网", line=7)
p.ent("PERSON", "郑历橙", line=7)
p.ent("ORG", "区委", line=7)
p.ent("PERSON", "王蛟虎", line=7)
p.ent("ADMIN", "大门镇", line=7)
for name in ["侯合海", "林上达", "朱学进"]:
    p.ent("PERSON", name, line=7)

# ---- line 9
p.ent("PERSON", "王蛟虎", line=9)
p.ent("ADMIN", "大门镇", line=9)
p.ent("ADMIN", "潭头村", line=9)
p.ent("ADMIN", "沙枫港村", line=9)
#   沙岙自然村: below village level, no span (decision 3); 沙岙码头, 沙岙-岙底隧道, 美沙隧道: facilities

# ---- line 11
p.ent("PERSON", "王蛟虎", line=11)
p.ent("ADMIN", "沙枫港村", line=11)
#   鹿西岛: the island (a place), not the unit 鹿西乡: no span

# ---- line 13
p.ent("PERSON", "王蛟虎", line=13)
p.ent("ADMIN", "寨楼村", line=13)
p.ent("ADMIN", "仁前途村", line=13)
p.ent("ADMIN", "仁前途", line=13)                    # 仁前途星光经济: the village's bare name inside a programme (decision 2)

# ---- line 15
p.ent("ADMIN", "寨楼村", line=15)
p.ent("ADMIN", "大门", line=15)                      # 大门青蟹: the town inside a product name (decision 2)
p.ent("ADMIN", "洞头", line=15)
p.ent("ADMIN", "乐清", line=15)
p.ent("ADMIN", "温州", line=15)

# ---- line 17
p.ent("PERSON", "王蛟虎", line=17, nth=1)
p.ent("ORG", "区中医院", line=17)                    # a hospital with its level (§2 ORG)
p.ent("ADMIN", "大门", line=17)                      # 大门新农贸市场: a market (place), the town inside it
p.ent("PERSON", "王蛟虎", line=17, nth=1)            # second mention (王蛟虎要求)
p.ent("ADMIN", "大门镇", line=17)
#   中医院 (进一步完善中医院): bare institution type, no span (decision 13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)                   # 时间 + 来源:洞头新闻网 (decision 12)
p.block(3, 3, "SUBHEAD", article=1)                  # 核心提示: web summary under the title (like 摘要)
p.block(5, 5, "CAPTION", article=1)                  # 合影: caption of the article's (absent) photo
p.block(7, 17, "BODY", article=1)

p.save()
