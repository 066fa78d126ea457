"""page-2213: 新兴县稔村镇人民政府 (xinxing.gov.cn, the town's own open-government channel
yfxxnc/gkmlpt), one article on the town's 18th People's Congress, 7th session (2024-03-28).
Text as returned by the `pages` store (no title stored); its last paragraph, cut off
mid-sentence (大会听取和审议了《稔村镇人民政府工作报告》和), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2213", "corpus/raw/pages/2213_xinxing_rencun_renda_huiyi.txt",
         publisher="新兴县稔村镇人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "稔村镇第十八届人民代表大会", line=1)   # the congress of one term inside its session's name (第七次会议 outside)
p.ent("ADMIN", "稔村", line=1, after="共同绘就")       # 稔村高质量发展蓝图: bare name of the town

# ---- line 2
p.ent("ORG", "镇党委", line=2)                        # 镇党委副书记: organ + title
p.ent("PERSON", "谢励星", line=2)
p.ent("ORG", "镇人民政府", line=2)                    # 代表镇人民政府作…报告 (level word + organ, like 镇政府)
p.ent("ADMIN", "稔村镇", line=2)

# ---- line 3
p.ent("ADMIN", "稔村镇", line=3)
p.ent("PERSON", "习近平", line=3, every=True)         # 3x: ideology name twice, 习近平总书记 once
p.ent("ADMIN", "广东", line=3)                        # 视察广东
p.ent("ORG", "省委", line=3)
p.slogan("PARALLEL", "1310", line=3)                  # 省委“1310”具体部署 (quoted code of digits)
p.ent("ORG", "市委", line=3)
p.slogan("PARALLEL", "365", line=3)                   # 市委“365”竞标争先体系
p.ent("ORG", "县委", line=3, nth=1)
p.slogan("PARALLEL", "135", line=3)                   # 县委“135”发展战略
p.slogan("PARALLEL", "138", line=3)                   # “138”具体部署
p.ent("ORG", "县委", line=3, after="138")             # 在县委、县政府和镇党委的正确领导下
p.ent("ORG", "县政府", line=3)
p.ent("ORG", "镇党委", line=3)
p.ent("ORG", "镇人大", line=3)
#   “头号工程”: no numeral, no formula
p.slogan("PARALLEL", "百县千镇万村高质量发展工程", line=3)   # = 百千万工程 (PARALLEL by docs/annotation.md)

# ---- line 4
p.ent("ADMIN", "稔村镇", line=4)
#   思想大解放、能力大提升…; 四方面工作; 一是…四是: ordinary prose, no formula
p.slogan("PARALLEL", "百千万工程", line=4)
p.ent("ADMIN", "稔村", line=4, after="贴合")
p.ent("ADMIN", "稔村", line=4, after="美丽")

# ---- blocks: one article, no title stored
p.block(1, 4, "BODY", article=1)

p.save()
