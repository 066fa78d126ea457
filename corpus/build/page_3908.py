"""page-3908: 旺苍县党政公众网 (zgwc.gov.cn; 主办 中共旺苍县委 旺苍县人民政府, 网站管理 县委宣传部
(县融媒体中心)), 2018-03-26, one article: “行走中国·2018海外华文媒体美丽四川行”活动采访团走进我县
开展采访活动. Text as returned by the `pages` store, from its title, with the site's footer."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3908", "corpus/raw/pages/3908_wangcang_huawen_meiti.txt",
         publisher="旺苍县党政公众网", date="2018-03-26", script="simplified", origin="pages")

# ---- line 1: headline (event name: units inside it are ADMIN, decision 2)
p.ent("ADMIN", "中国", line=1)
p.ent("ADMIN", "四川", line=1)

# ---- line 2: meta line 编辑:王珏 来源:旺苍县党政公众网 发布时间:… (decision 12)
p.ent("PERSON", "王珏", line=2)                      # editor: a name, but no credit span (editor lines)
p.byline("BYLINE", "来源:旺苍县党政公众网", line=2)
p.ent("ORG", "旺苍县党政公众网", line=2)              # an organ's own web site is ORG

# ---- line 4
p.ent("ORG", "中国新闻社", line=4)
p.ent("ORG", "四川省人民政府外事侨务办公室", line=4)
p.ent("ADMIN", "中国", line=4, after="行走")
p.ent("ADMIN", "四川", line=4, after="美丽")

# ---- line 8
#   美国、加拿大、俄罗斯、意大利: foreign countries, no ADMIN
p.ent("ADMIN", "中国", line=8)                       # 中国红军城: a site, unit inside its name
p.ent("ADMIN", "东河", line=8)                       # 东河现代农业园区: a park (place), 东河镇 inside
#   县文体中心: a venue, no ORG (decision 14)
p.ent("ADMIN", "木门", line=8)                       # 木门三合农业园区: 木门镇 …
p.ent("ADMIN", "三合", line=8)                       # … and its village 三合 (village reading inferred)
p.ent("ADMIN", "旺苍", line=8)

# ---- line 12
p.ent("ADMIN", "东河镇", line=12)
p.ent("ADMIN", "凤阳村", line=12)
p.ent("ADMIN", "东河", line=12, after="安置点和")
p.ent("ADMIN", "凤阳村", line=12, after="运行方式")
#   美国: foreign country, no ADMIN
p.ent("ORG", "华兴报", line=12)                      # 《华兴报》: a paper, marks outside
p.ent("PERSON", "姚风明", line=12)
p.ent("ADMIN", "东河", line=12, after="姚风明")

# ---- line 16 (closing credit run on after the last sentence)
p.ent("ADMIN", "木门镇", line=16)
p.ent("ADMIN", "三合", line=16)
p.ent("ADMIN", "旺苍", line=16)
p.byline("CREDIT", "(/文:县新闻中心 唐福升  县外事侨务办  张月亭", line=16)
p.ent("ORG", "县新闻中心", line=16)
p.ent("PERSON", "唐福升", line=16)
p.ent("ORG", "县外事侨务办", line=16)
p.ent("PERSON", "张月亭", line=16)

# ---- lines 18-21: site footer (host lines, PAGE), bodies keep their spans
p.ent("ORG", "中共旺苍县委", line=18)
p.ent("ORG", "旺苍县人民政府", line=18)
p.ent("ORG", "中共旺苍县委宣传部", line=20)
p.ent("ORG", "县融媒体中心", line=20)
p.ent("ORG", "四川好亦同信息科技有限公司", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)     # editor, source and time of this article
p.block(4, 4, "BODY", article=1)
p.block(8, 8, "BODY", article=1)
p.block(12, 12, "BODY", article=1)
p.block(16, 16, "BODY", article=1)
p.block(18, 21, "PAGE")                # 主办 / ICP / 网站管理 / 技术支持

p.save()
