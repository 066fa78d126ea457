"""page-3701: 丰台报 (北京市丰台区融媒体中心), 第02版:要闻, dated 12-01 (2025), one article:
把握发展大势 培育特色主导产业. Text as returned by the `pages` store (the 360elib 电子报阅读机 copy),
from its title; the last paragraph, cut off mid-sentence (会议指出,要主动融入城), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3701", "corpus/raw/pages/3701_fengtai_jiezhen_zuotanhui.txt",
         publisher="丰台报", date="2025-12-01", script="simplified", origin="pages")

# ---- line 1: headline (no entities)
# ---- lines 3-5: e-paper furniture (日期:12-01 / 字号: / 版面:第02版:要闻 上一篇 下一篇): PAGE, no spans

# ---- line 7: byline + lead
p.byline("BYLINE", "本报讯(记者 郭晓妍)", line=7)
p.ent("PERSON", "郭晓妍", line=7)
p.ent("ADMIN", "丰台区", line=7)                  # 丰台区召开街镇座谈会
p.ent("ORG", "区委", line=7, nth=1)               # 区委书记王少峰 -> ORG 区委 + title
p.ent("PERSON", "王少峰", line=7)
p.ent("ORG", "区委", line=7, after="发展。")       # 区委副书记蒋达峰
p.ent("PERSON", "蒋达峰", line=7)
#   各街镇, 街镇座谈会: level words / a meeting, no span

# ---- line 9: the sub-districts and towns that spoke
for unit in ["六里桥街道", "看丹街道", "南苑街道", "花乡街道", "玉泉营街道", "青塔街道",
             "卢沟桥街道", "宛平街道", "长辛店街道", "北宫镇", "王佐镇"]:
    p.ent("ADMIN", unit, line=9)
p.slogan("PLAN", "十五五", line=9)
p.slogan("PARALLEL", "三化五区", line=9)         # two numeral-led parts; items not spelled out here
#   开局之年: no formula

# ---- line 11
p.slogan("PLAN", "十五五", line=11)              # 主动对接“十五五”规划编制
#   全区 (x3): level word, no span

# ---- line 13
p.ent("ADMIN", "丰台", line=13)                  # 绘好丰台产业地图: the unit inside a document's name (decision 2)
#   各街镇, 相关部门: generic, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 5, "PAGE")          # 日期:12-01 / 字号: / 版面:… 上一篇 下一篇 (e-paper navigation)
p.block(7, 13, "BODY", article=1)

p.save()
