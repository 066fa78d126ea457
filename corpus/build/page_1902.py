"""page-1902: 今日高邮 (gytoday.cn, 高邮市融媒体中心, 江苏 扬州 高邮市), 2025-11-25, one article:
郑志明专题调研推进全市文旅重点工作. Text as returned by the `pages` store, from the site's
navigation and the title; its last paragraph (cut off after "重点打造“一台戏”“一早一晚") is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1902", "corpus/raw/pages/1902_gaoyou_zhengzhiming_wenlv.txt",
         publisher="今日高邮", date="2025-11-25", script="simplified", origin="pages")

# ---- lines 1-13: site navigation (PAGE); the media named in it keep their ORG spans
p.ent("ORG", "今日高邮", line=1)                   # 今日高邮APP: the medium inside its app's name
p.ent("ORG", "今日高邮", line=3)                   # 今日高邮公众号
p.ent("ORG", "视听高邮", line=4)                   # 视听高邮公众号: the centre's broadcast outlet
p.ent("ORG", "高邮市融媒体中心", line=6)
p.ent("ORG", "今日高邮", line=8)
p.ent("ORG", "今日高邮", line=10)
p.ent("ORG", "视听高邮", line=11)
#   数字报, 头条号, 手机版, 首页, 今日要闻: no span

# ---- line 14: headline
p.ent("PERSON", "郑志明", line=14)

# ---- line 16: meta line (decision 12): one BYLINE span for the labelled source; 作者: is empty
p.byline("BYLINE", "来源:今日高邮", line=16)
p.ent("ORG", "今日高邮", line=16)

# ---- line 18
p.byline("BYLINE", "本报讯(记者 翁正倩)", line=18)
p.ent("PERSON", "翁正倩", line=18)
p.ent("PERSON", "郑志明", line=18)
p.ent("ADMIN", "扬州", line=18)
p.ent("ORG", "市委", line=18)
p.slogan("PARALLEL", "一城一河一湖", line=18)       # three numeral-led parts (resources named as parts)
p.slogan("COUNT", "六个一", line=18)               # items not spelled out in the kept text
p.slogan("PARALLEL", "一核心三片区", line=18)
#   引客入邮: 邮 is a one-character short form, no ADMIN
p.ent("PERSON", "周启泉", line=18)
p.ent("ORG", "高新区党工委", line=18)              # the 高新区's Party working committee
p.ent("ORG", "送桥镇党委", line=18)
p.ent("PERSON", "王汉东", line=18)

# ---- line 20
p.ent("PERSON", "郑志明", line=20)
#   盐河, 清水潭, 文游台, 王氏宅, 老油厂, 柳荫禅林: sites, no span;
#   “鲤鱼跃龙门”, “百鸟园”, “一台戏”: project names (一台戏: a name with a number, no formula)

# ---- line 22
p.ent("PERSON", "郑志明", line=22)
p.slogan("COUNT", "六个一", line=22)
#   四季主题活动: a count in prose

# ---- blocks
p.block(1, 13, "PAGE")                # app links, site banner, menu, breadcrumb
p.block(14, 14, "HEADLINE", article=1)
p.block(16, 16, "BYLINE", article=1)  # timestamp 作者: 来源:今日高邮 (decision 12)
p.block(18, 22, "BODY", article=1)

p.save()
