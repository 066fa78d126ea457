"""page-3414: 克拉玛依日报 (kelamayi.com.cn, 克拉玛依网, special topic 访惠聚 / 工作动态), date not
printed; two short items: 第十七社区 整治环境卫生 and 南泉社区 举办趣味活动, each opening with
日报讯(全媒体记者 …). Text as returned by the `pages` store, from its first line; the last
paragraph of the second item (一团陶泥…咱们中华文化博大) is cut off mid-sentence in the store
and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3414", "corpus/raw/pages/3414_kelamayi_fanghuiju_shequ.txt",
         publisher="克拉玛依日报", date=None, script="simplified", origin="pages")

# ---- lines 1-2: 访惠聚 / 工作动态 (special-topic and section names): COLUMN, no spans
#      (访惠聚 = 访民情、惠民生、聚民心, a campaign name without a numeral: no formula)

# ================= article 1: 第十七社区 / 整治环境卫生
p.ent("ADMIN", "第十七社区", line=4)

# line 8: byline opening the body paragraph
p.byline("BYLINE", "日报讯(全媒体记者 刘哲 通讯员 王映霏李佳瑞)", line=8)
#   日报 (short for the paper, like 本报): no ORG
p.ent("PERSON", "刘哲", line=8)
p.ent("PERSON", "王映霏", line=8)           # two names printed without a gap: 王映霏|李佳瑞
p.ent("PERSON", "李佳瑞", line=8)
p.slogan("PLUS", "1+1", line=8)             # ‘1+1’帮带活动方案 (quotes outside)
p.ent("ORG", "第十七社区党委", line=8)       # 第十七社区党委书记 -> ORG + title
p.ent("PERSON", "邓平", line=8)

# line 10
p.slogan("PLUS", "1+1", line=10)
p.ent("ORG", "社区“两委”", line=10)          # this community's two committees (decision 5)
#   驻社区工作队: no name, no span

# line 12
p.slogan("PLUS", "1+1", line=12)

# ================= article 2: 南泉社区 / 举办趣味活动
p.ent("ADMIN", "南泉社区", line=14)

# line 18
p.byline("BYLINE", "日报讯(全媒体记者 武海丽 通讯员 王烁涵雷蕾)", line=18)
p.ent("PERSON", "武海丽", line=18)
p.ent("PERSON", "王烁涵", line=18)          # two names printed without a gap: 王烁涵|雷蕾
p.ent("PERSON", "雷蕾", line=18)
p.ent("ADMIN", "南泉社区", line=18)          # 南泉社区居民活动室: a venue, the unit inside it

# line 20
p.ent("ORG", "南泉社区党委", line=20)        # 南泉社区党委书记、主任孙莉
p.ent("PERSON", "孙莉", line=20)

# line 22
p.ent("PERSON", "周慧琴", line=22)
p.ent("PERSON", "蔡疆梅", line=22)

# ---- blocks
p.block(1, 2, "COLUMN")
p.block(4, 4, "KICKER", article=1)
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 12, "BODY", article=1)
p.block(14, 14, "KICKER", article=2)
p.block(16, 16, "HEADLINE", article=2)
p.block(18, 22, "BODY", article=2)

p.save()
