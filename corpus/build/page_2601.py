"""page-2601: 郑州市惠济区花园口镇人民政府 (发布机构 field of the record; stored at a mirror,
henan.kjzch.com), 2018-03-08, one article: 花园口镇开展党员志愿服务“四季行”实践活动启动仪式.
Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2601", "corpus/raw/pages/2601_huayuankou_siji_zhiyuan.txt",
         publisher="郑州市惠济区花园口镇人民政府", date="2018-03-08", script="simplified",
         origin="pages")

ITEMS = ["绿色生活,环保志愿行", "文明新风,盛夏志愿行", "邻里守望,金秋志愿行", "倾情奉献,暖冬志愿行"]

# ---- line 1: title (first mention of 四季行 carries the expansion, items on line 11)
p.ent("ADMIN", "花园口镇", line=1)
p.slogan("GROUP", "四季行", line=1, expansion=ITEMS)

# ---- line 4: 发布机构 field (BYLINE) + 关键词 field
p.byline("BYLINE", "发布机构:惠济区花园口镇人民政府", line=4)
p.ent("ORG", "惠济区花园口镇人民政府", line=4)
p.slogan("GROUP", "四季行", line=4)                 # keyword list: still a mention

# ---- line 7: title printed again
p.ent("ADMIN", "花园口镇", line=7)
p.slogan("GROUP", "四季行", line=7)

# ---- line 9
p.ent("ADMIN", "花园口镇", line=9)
p.ent("ADMIN", "花园口", line=9, after="黄河大堤")   # 花园口记事广场: a site, unit name inside (decision 2)
p.slogan("GROUP", "四季行", line=9)
p.ent("ADMIN", "花园口", line=9, after="生态”")      # 共创“…”花园口: the town

# ---- line 11
p.ent("ADMIN", "花园口镇", line=11, nth=1)
p.ent("PERSON", "雷锋", line=11)                    # 学雷锋 (precedent 学雷鋒 -> 雷鋒)
p.ent("ADMIN", "花园口镇", line=11, after="今后")
p.slogan("GROUP", "四季行", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                  # 索引号 / 主题分类 fields
p.block(4, 4, "BYLINE", article=1)     # 发布机构 field holding the unit (decision 12), with 关键词
p.block(5, 6, "PAGE")                  # 文号 / 成文日期 / 发布日期 / 体裁 … fields
p.block(7, 7, "HEADLINE", article=1)   # title printed twice: HEADLINE both times
p.block(9, 11, "BODY", article=1)
p.block(14, 17, "PAGE")                # 标签:, comment box, 验证码:

p.save()
