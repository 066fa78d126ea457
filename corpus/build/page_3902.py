"""page-3902: 乌海日报 (digital edition szb.wuhainews.org.cn, 2023-09-25, 第05版 layout page; the
masthead is not printed on the stored page, the publisher is inferred from the e-paper site of
乌海新闻网). Three short items on 乌达区. Text as returned by the `pages` store, from its page line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3902", "corpus/raw/pages/3902_wuhai_ribao_wudaqu.txt",
         publisher="乌海日报", date="2023-09-25", script="simplified", origin="pages")

# ---- article 1 (lines 2-8)
p.ent("ADMIN", "乌海", line=4)                       # 平安乌海 (column banner): unit in a campaign name
p.ent("ADMIN", "乌达区", line=6)
#   北疆: a region, no span; 区人民广场: a venue
p.ent("ADMIN", "乌达区", line=8)                     # 乌达区各部门: the generic 各部门 stays outside
p.ent("ADMIN", "乌达", line=8, nth=1)                # 平安乌达
p.ent("ADMIN", "乌达", line=8, nth=1)                # 法治乌达 (first still-free hit)

# ---- article 2 (lines 10-16)
p.ent("ORG", "煤哆哆(内蒙古)煤炭物流有限公司", line=14)   # enterprise named in full, bracket inside
p.ent("ORG", "内蒙古雷石环保科技有限公司", line=16)

# ---- article 3 (lines 18-20)
p.slogan("COUNT", "五个大起底", line=20, nth=1,
         expansion=["待批项目", "沉淀资金", "开发区闲置资源要素", "“半拉子”工程", "批而未供、闲置土地"])
p.slogan("COUNT", "五个大起底", line=20)
#   三个大起底任务: counts the tasks already finished (prose), no formula; 一张蓝图绘到底: idiom
p.ent("ADMIN", "乌达区", line=20, every=True)        # three mentions
#   开发区闲置资源要素: a kind of resource of the campaign, no specific zone named

# ---- blocks
p.block(1, 1, "PAGE")                    # 2023年09月25日 第05版:
p.block(2, 2, "HEADLINE", article=1)
p.block(4, 4, "COLUMN")                  # ■打造平安乌海 推进市域社会治理现代化 (series column)
p.block(6, 8, "BODY", article=1)
p.block(10, 10, "HEADLINE", article=2)
p.block(12, 12, "COLUMN")                # ■记者基层行
p.block(14, 16, "BODY", article=2)
p.block(18, 18, "HEADLINE", article=3)
p.block(20, 20, "BODY", article=3)

p.save()
