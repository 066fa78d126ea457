"""page-2405: 衡阳晚报 (衡阳日报社 e-paper epaper.hyqss.cn/hywb), 2021-12-29, 第A04版, one article:
“标准化”力促城乡生活更宜居. Text as returned by the `pages` store, from its title; the
e-paper navigation above the title is left out and the last paragraph, cut off mid-sentence
(在道路建设方面……方便附近居民出), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2405", "corpus/raw/pages/2405_hengyang_wanbao_biaozhunhua.txt",
         publisher="衡阳晚报", date="2021-12-29", script="simplified", origin="pages")

# ---- line 1: headline (no entity; “标准化” is no formula)

# ---- lines 2-6: photo captions of the article
#   line 2: 赤帝巷小区 is a residential compound: no span
p.ent("ADMIN", "衡山县", line=3)
p.ent("ADMIN", "永和乡", line=3)
p.ent("ADMIN", "老林村", line=3)                 # 老林村一组: the 村民小组 gets no span
p.ent("ADMIN", "西湖一村社区", line=4)
p.byline("PHOTO", "■李孜 摄", line=4)
p.ent("PERSON", "李孜", line=4)
p.ent("ADMIN", "衡阳", line=5)                   # “衡阳蓝”: a unit inside a slogan/brand (decision 2); 湘江 is a river
p.byline("PHOTO", "■彭斌 摄", line=5)
p.ent("PERSON", "彭斌", line=5)
p.ent("ADMIN", "温家台社区", line=6)

# ---- line 8: byline under the headline (text and photo credits on one line: one span)
p.byline("BYLINE", "■文/本报记者   莫雄飞   图/本报记者   莫雄飞   周   围", line=8)
p.ent("PERSON", "莫雄飞", line=8, nth=1)
p.ent("PERSON", "莫雄飞", line=8, nth=1)          # the second free occurrence once the first is taken
p.ent("PERSON", "周   围", line=8)

# ---- line 10: 我市, 全市: no span; 全国文明城市 is a title, no unit named

# ---- line 12
p.slogan("GROUP", "三统一", line=12)
p.slogan("GROUP", "五必须", line=12)
p.slogan("GROUP", "八不准", line=12)
p.ent("ADMIN", "衡阳", line=12)                  # 衡阳这座古老之城

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 6, "CAPTION", article=1)
p.block(8, 8, "BYLINE", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "BODY", article=1)

p.save()
