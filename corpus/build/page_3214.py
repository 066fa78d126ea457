"""page-3214: 安康新闻网 (akxw.cn, 安康日报社's news site; 新闻 > 县区 > 旬阳), 2022-09-28, one
article: 好山好水好风光——访旬阳市关口镇党委书记向宗辉. Text as returned by the `pages` store,
from its title; the last stored paragraph (向宗辉说,产…) is cut off mid-sentence and dropped.
The site's hidden anti-copy watermark (Yze安康新闻网) is part of the stored text and kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3214", "corpus/raw/pages/3214_ankang_xunyang_guankou.txt",
         publisher="安康新闻网", date="2022-09-28", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "旬阳市", line=1)
p.ent("ORG", "关口镇党委", line=1)                 # 关口镇党委书记 -> ORG with its unit prefix
p.ent("PERSON", "向宗辉", line=1)

# ---- line 2: meta line 2022-09-28  来源:本站原创
p.byline("BYLINE", "来源:本站原创", line=2)        # labelled source credit (decision 12); 本站 is no ORG

# ---- line 4: byline + watermark
p.byline("BYLINE", "记者 胡智贤 通讯员 鲁延梅", line=4)
p.ent("PERSON", "胡智贤", line=4)
p.ent("PERSON", "鲁延梅", line=4)
p.ent("ORG", "安康新闻网", line=4)                 # the site's name (watermark): a medium

# ---- line 6: watermark alone
p.ent("ORG", "安康新闻网", line=6)

# ---- line 8
p.ent("ADMIN", "旬阳市", line=8)
p.ent("ADMIN", "关口镇", line=8)
p.ent("ORG", "市委", line=8)                       # 旬阳市委
p.ent("ORG", "市政府", line=8)
#   “乡村振兴路”: no numeral, no formula
p.ent("ADMIN", "关口镇", line=8, after="高质量发展")  # 关口镇如何…
#   本刊记者: no ORG
p.ent("ORG", "关口镇党委", line=8)
p.ent("PERSON", "向宗辉", line=8)
p.ent("ORG", "安康新闻网", line=8)

# ---- line 10
p.ent("PERSON", "向宗辉", line=10)
p.ent("ADMIN", "关口镇", line=10)
p.ent("ADMIN", "旬阳市", line=10)
#   汉江 / 汉水 (river), 羊山 (mountain): no span
p.ent("ADMIN", "构元", line=10)                    # 西连构元: the neighbouring town 构元镇
p.ent("ADMIN", "蜀河", line=10)                    # 东临蜀河: the neighbouring town 蜀河镇
#   316国道: no span
p.ent("ADMIN", "蜀河", line=10, after="316国道")    # 汉江蜀河库区: unit inside a site name (decision 2)
p.ent("ADMIN", "关口镇", line=10, after="农业镇")
p.slogan("GROUP", "五大振兴", line=10)              # items not spelled out in this article
p.slogan("PARALLEL", "一心两翼三区", line=10,
         expansion=["天门山轴心景区", "乾坤湾", "禹穴", "特色养殖", "特色林果", "特色民宿体验"])
#   两个旅游景点, 三个文旅融合区: counts in prose inside the expansion; 天门山, 乾坤湾, 禹穴,
#   八卦山: sites, no span
p.ent("ORG", "陕西桂花能源集团公司", line=10)       # enterprise named in full
p.ent("ADMIN", "关坪社区", line=10)                 # 关坪社区乡村振兴示范村项目: unit inside a project name
#   关子沟 (a gully), “归雁经济”: no span
p.ent("ORG", "安康新闻网", line=10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)     # date + 来源: labelled credit
p.block(4, 4, "BYLINE", article=1)
p.block(6, 6, "PAGE")                  # watermark line alone
p.block(8, 10, "BODY", article=1)

p.save()
