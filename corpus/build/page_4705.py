"""page-4705: 三湘风纪网 (sxfj.gov.cn, the site of 湖南省纪委监委), 2016-03-24, one article:
宁乡县:划分4个联组4个片区让纪检监察工作一体化. Text as returned by the `pages` store, from its
title (the site bar 设为主页 加入收藏 above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4705", "corpus/raw/pages/4705_sxfj_ningxiang_jijian_yitihua.txt",
         publisher="三湘风纪网", date="2016-03-24", script="simplified", origin="pages")

# ---- line 1: headline (4个联组4个片区: counts of groups in prose, no formula)
p.ent("ADMIN", "宁乡县", line=1)

# ---- line 3: web meta line: 编辑 (editor, no credit span), 来源 (labelled source, BYLINE)
p.ent("PERSON", "李慧芳", line=3)
p.byline("BYLINE", "来源:三湘风纪网", line=3)
p.ent("ORG", "三湘风纪网", line=3)

# ---- line 5
p.ent("ORG", "农业局纪委", line=5)                 # 担任农业局纪委书记: the county bureau's discipline committee
p.ent("ORG", "宁乡县农业局纪检组", line=5)          # 派驻宁乡县农业局纪检组组长
p.ent("ORG", "第三联组", line=5)                   # a numbered team of the county's discipline system
p.ent("PERSON", "廖长青", line=5)
p.ent("ADMIN", "宁乡县", line=5, after="自从")
p.ent("ORG", "纪委", line=5, after="专门的")        # 纪委常委: contracted title keeps its organ (市委常委 -> 市委)

# ---- line 7
p.ent("ORG", "宁乡县纪委监察局", line=7)           # joint office written once: one ORG
p.ent("ADMIN", "宁乡县", line=7, after="原则")
p.ent("ADMIN", "宁乡", line=7, after="关系在")

# ---- line 8
p.ent("ORG", "纪工委", line=8)                     # 我和纪工委副书记: the speaker's own body
p.ent("ORG", "第一片区纪检组", line=8)
p.ent("ORG", "玉潭镇纪委", line=8)
p.ent("PERSON", "阳凤兵", line=8)
p.byline("CREDIT", "(宁乡县纪委 王天花)", line=8)
p.ent("ORG", "宁乡县纪委", line=8, after="(")
p.ent("PERSON", "王天花", line=8)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 8, "BODY", article=1)
p.block(12, 14, "PAGE")          # share-to-WeChat widget

p.save()
