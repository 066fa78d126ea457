"""page-3406: 浦城新闻网 (fjpcnews.com, the news site of 浦城县融媒体中心, 福建南平), 2022-05-16,
one article: “福地富岭”聚“福气”. Text as returned by the `pages` store, from its title (the date
banner 2020年3月24日 星期二 and the breadcrumb before it are left out); the last paragraph
(近年来,该镇… 在殿下村、瑞安) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3406", "corpus/raw/pages/3406_pucheng_fuling_fuqi.txt",
         publisher="浦城新闻网", date="2022-05-16", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "富岭", line=1)                       # “福地富岭”: unit inside an epithet (decision 2)

# ---- line 3: meta line (decision 12)
p.byline("BYLINE", "来源:浦城新闻", line=3)
p.ent("ORG", "浦城新闻", line=3)                     # the site's own news source
p.ent("PERSON", "肖练冰", line=3)                    # 责任编辑: editor, no byline span

# ---- line 6
L = 6
p.ent("ADMIN", "富岭镇", line=L)
p.ent("ADMIN", "浦城县", line=L)
#   东乡 (a popular name of the area), 县城: no span
p.ent("ADMIN", "浙江省", line=L)
p.ent("ADMIN", "龙泉市", line=L)
p.ent("ADMIN", "松溪县", line=L)
p.ent("ADMIN", "富岭", line=L, after="福地")

# ---- line 8, 10: captions (匡山游客服务中心: a venue; 匡湖: a lake)
p.byline("PHOTO", "徐强/摄", line=10)
p.ent("PERSON", "徐强", line=10)

# ---- line 12: historical people
for name in ["徐应龙", "徐清叟", "徐荣叟", "沈弘", "邓佐", "叶绍翁", "刘伯温", "章溢", "宋濂", "叶琛"]:
    p.ent("PERSON", name, line=12)
#   匡山, 《苦斋记》, 《匡山看松庵记》: no span

# ---- line 14: caption 吴氏宗祠 (a site)

# ---- line 16
L = 16
#   闽浙, 龙浦高速公路 (one-character abbreviations), “长三角” (a region): no span
p.ent("ADMIN", "富岭镇", line=L)
p.ent("ADMIN", "富岭", line=L, after="建成通车")
p.slogan("GROUP", "四好农村路", line=L, nth=1)       # national rural-road policy formula (建好、管好、护好、运营好; not spelled out)
p.slogan("GROUP", "四好农村路", line=L, nth=1)       # second free occurrence

# ---- line 18: 匡山, 东溪, 闽江: natural features, no span

# ---- line 20: caption
p.ent("ADMIN", "富岭镇", line=20)
p.ent("ADMIN", "富官村", line=20)
p.byline("PHOTO", "黄杰敏/摄", line=20)
p.ent("PERSON", "黄杰敏", line=20)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # date, 来源, 责任编辑, 我来说两句: the article's meta line
p.block(4, 4, "PAGE")                  # 分享到:
p.block(6, 6, "BODY", article=1)
p.block(8, 8, "CAPTION", article=1)
p.block(10, 10, "CAPTION", article=1)
p.block(12, 12, "BODY", article=1)
p.block(14, 14, "CAPTION", article=1)
p.block(16, 18, "BODY", article=1)
p.block(20, 20, "CAPTION", article=1)

p.save()
