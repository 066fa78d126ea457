"""page-4709: 重庆綦江网 (cqqjnews.cn, 主办 中共重庆市綦江区委/区政府, 承办 綦江区融媒体中心),
2022-04-07, one article: 横山镇:打造志愿服务最大“同心圆”. Text as returned by the `pages`
store, from the site's host line; the last stored paragraph (“围绕‘我为群众办实事’…竭力解决群众的烦)
is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4709", "corpus/raw/pages/4709_qijiang_hengshan_zhiyuan.txt",
         publisher="重庆綦江网", date="2022-04-07", script="simplified", origin="pages")

# ---- line 1: the site's host line (PAGE); its bodies are ORG (28NN decision)
p.ent("ORG", "中共重庆市綦江区委", line=1)          # a party's name joins its organ
p.ent("ORG", "重庆市綦江区人民政府", line=1)
p.ent("ORG", "重庆市綦区融媒体中心", line=1)        # as printed (綦区, sic)
p.ent("ORG", "新华网重庆频道", line=1)              # a portal's channel joins the portal
p.ent("ORG", "华龙网", line=1)

# ---- line 3: weather widget (PAGE); the district inside the widget's name
p.ent("ADMIN", "綦江", line=3)

# ---- line 5: breadcrumb (PAGE)
p.ent("ADMIN", "綦江", line=5)                      # 綦江首页: the district's home page

# ---- line 6: headline
p.ent("ADMIN", "横山镇", line=6)

# ---- line 7: web meta line with a labelled source (BYLINE block, decision 12)
p.byline("BYLINE", "来源:本站原创", line=7)          # 本站 (this site) is no ORG, like 本网
p.ent("PERSON", "周铉", line=7)                      # editor names are PERSON (no byline span)
p.ent("PERSON", "刘克洪", line=7)

# ---- line 9: source tag + first paragraph
p.byline("BYLINE", "重庆綦江网消息(记者 张梦寒)", line=9)
p.ent("ORG", "重庆綦江网", line=9)
p.ent("PERSON", "张梦寒", line=9)
p.ent("ADMIN", "横山镇", line=9)
p.ent("ORG", "镇人大", line=9)                      # 该镇人大代表: deictic 该 out, 人大代表 a title

# ---- line 11
p.ent("ORG", "镇人大", line=11)                     # 该镇人大代表 again; the later bare 人大代表 is a role

# ---- line 13
p.ent("ADMIN", "横山镇", line=13)
p.ent("ADMIN", "回新社区", line=13, nth=1)
p.ent("PERSON", "袁洪军", line=13, nth=1)
p.ent("ORG", "回新社区志愿服务队", line=13)          # the community's named volunteer team
p.ent("ADMIN", "横山", line=13, after="让")          # 让横山更靓丽: the town by its bare name
p.ent("PERSON", "袁洪军", line=13, after="靓丽")

# ---- line 15
p.ent("PERSON", "袁洪军", line=15)
p.ent("ADMIN", "横山", line=15)                     # 前来横山避暑

# ---- line 17
p.ent("ADMIN", "横山镇", line=17)

# ---- blocks
p.block(1, 1, "PAGE")          # host line
p.block(3, 3, "PAGE")          # weather widget
p.block(5, 5, "PAGE")          # breadcrumb
p.block(6, 6, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 17, "BODY", article=1)

p.save()
