import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page
p = Page("page-1304", "corpus/raw/pages/1304_fuding_xushanna.txt", publisher="福鼎新闻网",
         date="2013-08-13", script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show()

# ---------------------------------------------------------------- spans
# line 1 (headline): 莅鼎 - one-character abbreviation of 福鼎, never ADMIN
p.ent("PERSON", "徐姗娜", line=1)
# line 3 (web meta line)
p.ent("ORG", "福鼎新闻网", line=3)
p.ent("PERSON", "郭聪", line=3)
# line 5 (site watermark)
p.ent("ORG", "福鼎新闻网", line=5)
p.ent("ORG", "今日福鼎", line=5)             # the Fuding medium's name
p.ent("ADMIN", "福鼎", line=5)               # 福鼎新闻信息权威发布平台 (first free one)
# line 11
p.ent("PERSON", "郭聪", line=11)             # 本报讯(郭聪)
p.ent("PERSON", "徐姗娜", line=11, nth=1)    # …”徐姗娜在我市
p.ent("ADMIN", "白琳", line=11)              # 白琳翠郊古民居 (decision 2)
p.ent("ADMIN", "翠郊", line=11)
p.ent("ORG", "宁德市委", line=11)            # 宁德市委常委
p.ent("ORG", "宣传部", line=11, nth=1)       # 宣传部长 (decision 15: contracted title keeps the organ)
p.ent("PERSON", "徐姗娜", line=11)           # 宣传部长徐姗娜
p.ent("ORG", "市委", line=11, nth=1)         # 市委书记陈其春
p.ent("PERSON", "陈其春", line=11)
p.ent("ORG", "市委", line=11)                # 市委常委
p.ent("ORG", "宣传部", line=11)              # 宣传部长
p.ent("ORG", "教育工委", line=11)            # 教育工委书记
p.ent("PERSON", "曹清福", line=11)
# line 12
p.ent("PERSON", "徐姗娜", line=12)
p.ent("ADMIN", "沙埕镇", line=12)
p.ent("ADMIN", "小白鹭村", line=12)
p.ent("ADMIN", "店下镇", line=12)
p.ent("ADMIN", "海田村", line=12)
p.ent("ADMIN", "溪美村", line=12)
p.ent("ADMIN", "嵛山镇", line=12, nth=1)
p.ent("ADMIN", "白琳镇", line=12)
p.ent("ADMIN", "旺兴头村", line=12)
p.ent("ADMIN", "棠园村", line=12)
p.ent("ADMIN", "翠郊村", line=12)
p.ent("ADMIN", "前岐镇", line=12)
p.ent("ADMIN", "小岳村", line=12)
p.ent("ADMIN", "大岳村", line=12)
p.ent("ADMIN", "西宅村", line=12)
p.ent("ADMIN", "岐阳居委会", line=12)        # a community listed among villages as a place (cf. decision 3)
p.ent("ADMIN", "嵛山镇", line=12)            # 嵛山镇旅游开发
# line 13
p.ent("PERSON", "徐姗娜", line=13)
p.ent("ADMIN", "福鼎", line=13)

# ---------------------------------------------------------------- slogans (items not spelled out)
p.slogan("GROUP", "四下基层", line=1)
p.slogan("PARALLEL", "四解四促", line=1)
p.slogan("GROUP", "四下基层", line=11)
p.slogan("PARALLEL", "四解四促", line=11)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "来源:福鼎新闻网", line=3)
p.byline("BYLINE", "作者:郭聪", line=3)
p.byline("BYLINE", "本报讯(郭聪)", line=11)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "PAGE")
p.block(7, 9, "PAGE")
p.block(11, 13, "BODY", article=1)
p.save()
