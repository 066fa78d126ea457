"""page-3008: 中新网湖北 (hb.chinanews.com.cn, channel 荆楚各地), 2024-08-27, one article:
湖北襄阳举行蹲点乡村媒体采访行活动. Text as returned by the `pages` store, from its title (the
breadcrumb above it, 您当前的位置 : 中新网湖北 > 荆楚各地, is left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3008", "corpus/raw/pages/3008_xiangyang_yanhe_caifang.txt",
         publisher="中新网湖北", date="2024-08-27", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "湖北", line=1)
p.ent("ADMIN", "襄阳", line=1)

# ---- line 2: the site's name under the headline (decision 8: BYLINE)
p.ent("ORG", "中新网湖北", line=2)                   # a portal's channel joins the portal (鳳凰網四川頻道)
p.byline("BYLINE", "中新网湖北", line=2)

# ---- line 4: meta line 2024年08月27日 15:41 来源:中新网湖北 (decision 12)
p.ent("ORG", "中新网湖北", line=4)
p.byline("BYLINE", "来源:中新网湖北", line=4)

# ---- line 7: byline and first paragraph
p.byline("BYLINE", "中新网湖北新闻8月27日电 (张倩龙 胡采棣 尚进)", line=7)
p.ent("ORG", "中新网湖北", line=7)                   # source tag 中新网湖北新闻…电: the channel is the source
p.ent("PERSON", "张倩龙", line=7)
p.ent("PERSON", "胡采棣", line=7)
p.ent("PERSON", "尚进", line=7)
p.slogan("PARALLEL", "千万工程", line=7)             # like 千万工程 in the corpus decisions
p.ent("ADMIN", "堰河", line=7, nth=1)                # 堰河做法: the village by its bare name
#   中国式现代化: fixed political term, no span
p.ent("ADMIN", "襄阳", line=7, nth=1)                # 襄阳实践
p.ent("ADMIN", "谷城县", line=7)
p.ent("ADMIN", "五山镇", line=7)
p.ent("ADMIN", "堰河村", line=7)
p.ent("ORG", "襄阳市委", line=7)                     # 襄阳市委常委 -> ORG 襄阳市委 + title
p.ent("ORG", "宣传部", line=7)                       # 宣传部部长 -> ORG 宣传部
p.ent("PERSON", "陈剑", line=7)
p.ent("ORG", "市政府", line=7)                       # 市政府副市长 -> ORG 市政府 + title
p.ent("PERSON", "张学林", line=7)

# ---- line 12
p.ent("ORG", "襄阳市委宣传部", line=12)
p.ent("ORG", "市作风办", line=12)
p.ent("ORG", "市农业农村局", line=12)
p.ent("ADMIN", "堰河", line=12)                      # 堰河做法
#   中省市县四级媒体: a count of levels, no formula

# ---- lines 14-15: photo caption printed twice
for ln in (14, 15):
    p.ent("ADMIN", "堰河村", line=ln)
    p.byline("PHOTO", "谢勇 摄", line=ln)
    p.ent("PERSON", "谢勇", line=ln)

# ---- line 17
for org in ["中国新闻社", "光明日报", "经济日报", "湖北日报", "湖北广播电视台", "襄阳融媒体中心"]:
    p.ent("ORG", org, line=17)
#   全市各县级融媒体中心: generic; “文字+摄影+电视新闻+新媒体”: no numeral, no formula
p.ent("ADMIN", "堰河村", line=17)
p.slogan("PARALLEL", "十百千", line=17)              # “十百千”工程: quoted formula without its noun
p.slogan("GROUP", "三美", line=17)                   # “三美”乡村
p.ent("ADMIN", "襄阳", line=17)
p.ent("ADMIN", "堰河", line=17, after="襄阳")         # 堰河做法

# ---- line 20: editor line (PAGE), the name still a PERSON
p.ent("PERSON", "裴春梅", line=20)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "PAGE")           # date and time only
p.block(4, 4, "BYLINE", article=1)
p.block(5, 5, "PAGE")           # 分享到:
p.block(7, 7, "BODY", article=1)
p.block(9, 10, "CAPTION", article=1)    # 活动现场。 (printed twice)
p.block(12, 12, "BODY", article=1)
p.block(14, 15, "CAPTION", article=1)   # 航拍堰河村。谢勇 摄 (printed twice)
p.block(17, 17, "BODY", article=1)
p.block(20, 20, "PAGE")         # 【编辑:裴春梅】

p.save()
