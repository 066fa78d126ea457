"""page-5010: 郑州市文物局 (public.zhengzhou.gov.cn, the city's open-government platform; 发布机构
郑州市文物局), 2024-11-12: the bureau's reply to a CPPCC proposal of 九三学社郑州市委员会. Text as
returned by the `pages` store, from its record fields; the last paragraph (under 二、), cut off
mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5010", "corpus/raw/pages/5010_zhengzhou_wenwuju_tian_dafu.txt",
         publisher="郑州市文物局", date="2024-11-12", script="simplified", origin="pages")

# ---- lines 1-5: open-government record fields (索引号, 发布机构, 主题分类, 成文日期, 发布日期),
#      printed without their labels; the 发布机构 value is the page's BYLINE
p.byline("BYLINE", "郑州市文物局", line=2)
p.ent("ORG", "郑州市文物局", line=2)

# ---- line 6: title (the proposal's)
p.slogan("PARALLEL", "四地一重地", line=6)   # items not listed on the page: no expansion
p.ent("ADMIN", "郑州", line=6)
p.slogan("GROUP", "双力", line=6)            # 双 counting two 力 (decision 10: 双 in a fixed formula)

# ---- line 7: the reply's own title
p.ent("ORG", "市政协", line=7)               # 十五届二次会议: the session, outside

# ---- line 9: salutation
p.ent("ORG", "九三学社郑州市委员会", line=9)

# ---- line 11
p.slogan("PARALLEL", "四地一重地", line=11)
p.ent("ADMIN", "郑州", line=11)
p.slogan("GROUP", "双力", line=11)
p.ent("ADMIN", "郑州市", line=11)            # 郑州市文物博物馆事业

# ---- line 13: 一、我市文化遗产资源概况 (我市: deictic)
# ---- line 15
p.ent("ADMIN", "郑州", line=15, nth=1)        # 郑州是中华文明的重要发祥地
p.ent("ADMIN", "中国", line=15, nth=1)        # 中国八大古都之一 (八大古都: a count of cities, no formula)
p.ent("ADMIN", "郑州市", line=15, after="目前")
p.ent("ADMIN", "河南省", line=15)             # 河南省文物保护单位
p.ent("ADMIN", "郑州市", line=15, after="149项")
p.ent("ADMIN", "郑州", line=15, after="郑韩故城")   # 郑州商城遗址: unit inside a site name (decision 2)
p.ent("ORG", "国家文物局", line=15, nth=1)
p.ent("ADMIN", "大河村", line=15)             # 大河村遗址: village inside a site name
p.ent("ORG", "国家文物局", line=15, after="北宋皇陵")
p.ent("ADMIN", "郑州市", line=15, after="上世纪")
p.ent("ADMIN", "中国", line=15, after="入选“")       # “中国20世纪100项考古大发现”
p.ent("ADMIN", "郑州市", line=15, after="不仅为")
p.ent("ADMIN", "中国", line=15, after="入列")
# 郑韩故城, 北宋皇陵, 黄河, 大运河, 长城: sites and rivers, no units; 六大遗址片区, 三大国家文化公园,
# 全国十大考古新发现: counts of places / award lists, no formulas

# ---- blocks
p.block(1, 1, "PAGE")            # 索引号
p.block(2, 2, "BYLINE", article=1)   # 发布机构
p.block(3, 5, "PAGE")            # 主题分类, 成文日期, 发布日期
p.block(6, 6, "HEADLINE", article=1)
p.block(7, 7, "SUBHEAD", article=1)
p.block(9, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "CROSSHEAD", article=1)

p.save()
